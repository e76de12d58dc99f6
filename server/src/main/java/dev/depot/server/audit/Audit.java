package dev.depot.server.audit;

import dev.depot.model.ids.UuidV7;
import jakarta.persistence.EntityManager;
import java.time.Clock;

/** The audit capability: records decisions in the caller's transaction, so a decision and its record commit together. */
public final class Audit {

    private final Clock clock;

    public Audit(Clock clock) {
        this.clock = clock;
    }

    public void record(EntityManager em, Actor actor, String action, String subject, String detail) {
        em.persist(new AuditEntry(UuidV7.next(), clock.instant(), actor, action, subject, detail));
    }
}
