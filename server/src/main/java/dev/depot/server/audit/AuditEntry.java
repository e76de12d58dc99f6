package dev.depot.server.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One business decision: who made it, when, from which device, about what, and the details. */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

    @Id
    private UUID id;
    private Instant at;
    @Column(name = "actor_id")
    private UUID actorId;
    private String actor;
    @Column(name = "device_id")
    private UUID deviceId;
    private String action;
    private String subject;
    private String detail;

    protected AuditEntry() {
    }

    AuditEntry(UUID id, Instant at, Actor actor, String action, String subject, String detail) {
        this.id = id;
        this.at = at;
        this.actorId = actor.userId();
        this.actor = actor.name();
        this.deviceId = actor.deviceId();
        this.action = action;
        this.subject = subject;
        this.detail = detail;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String subject() {
        return subject;
    }

    public String detail() {
        return detail;
    }
}
