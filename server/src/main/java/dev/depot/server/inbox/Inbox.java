package dev.depot.server.inbox;

import dev.depot.model.changes.ChangeEntry;
import dev.depot.model.changes.Scope;
import dev.depot.model.ids.UuidV7;
import dev.depot.server.platform.ChangeLog;
import dev.depot.server.platform.ProblemException;
import dev.depot.server.platform.ProblemType;
import dev.depot.model.views.InboxEntryView;
import dev.depot.server.platform.SnapshotPage;
import dev.depot.server.platform.SnapshotSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The inbox capability: tells a person what they must know about their own work, in the transaction
 * of whatever decided it, and publishes it to their devices ({@code user:<id>} scope). A device
 * gets every unread entry and the read ones of the last {@link #READ_KEPT}.
 */
public final class Inbox implements SnapshotSource {

    /** How long a read entry stays in a fresh copy of a device's inbox. */
    static final Duration READ_KEPT = Duration.ofDays(30);

    private final ChangeLog changes;
    private final Clock clock;

    public Inbox(ChangeLog changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    /** A new entry for the person, on their devices with the next pull. */
    public InboxEntry tell(EntityManager em, UUID userId, InboxNotice notice) {
        InboxEntry entry = new InboxEntry(UuidV7.next(), userId, notice, clock.instant());
        em.persist(entry);
        publish(em, entry);
        return entry;
    }

    /**
     * The person has read their entry. Only their own: anyone else's is refused, so an inbox never
     * tells whose entries exist. Reading an entry twice is harmless.
     */
    public void acknowledge(EntityManager em, UUID entryId, UUID userId) {
        InboxEntry entry = em.find(InboxEntry.class, entryId, LockModeType.PESSIMISTIC_WRITE);
        if (entry == null) {
            throw new ProblemException(ProblemType.UNKNOWN_REFERENCE, "inbox entry " + entryId + " does not exist");
        }
        if (!entry.userId().equals(userId)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "inbox entry " + entryId + " is someone else's");
        }
        if (entry.markRead(clock.instant())) {
            publish(em, entry);
        }
    }

    public List<InboxEntry> entriesOf(EntityManager em, UUID userId) {
        return em.createQuery("select e from InboxEntry e where e.userId = :user order by e.createdAt, e.id", InboxEntry.class)
                .setParameter("user", userId).getResultList();
    }

    @Override
    public String entityType() {
        return InboxEntryView.TYPE;
    }

    @Override
    public List<ChangeEntry> page(EntityManager em, Scope scope, SnapshotPage page) {
        if (!scope.kind().equals("user")) {
            return List.of();
        }
        Instant readSince = clock.instant().minus(READ_KEPT);
        return page.upserts(em.createQuery("select e from InboxEntry e where e.userId = :user "
                                + "and (e.readAt is null or e.readAt >= :since) and e.id > :after order by e.id", InboxEntry.class)
                        .setParameter("user", scope.id())
                        .setParameter("since", readSince),
                scope, InboxEntry::view, InboxEntry::version);
    }

    private void publish(EntityManager em, InboxEntry entry) {
        em.flush();
        changes.publish(em, entry.view(), entry.version(), List.of(Scope.user(entry.userId())));
    }
}
