package dev.depot.server.syncapi;

import dev.depot.model.changes.ChangeEntry;
import dev.depot.model.changes.ChangeOp;
import dev.depot.model.changes.Scope;
import dev.depot.model.views.SyncedView;
import dev.depot.server.platform.Transactions;
import dev.depot.sync.feed.FeedCursor;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The change feed on the embedded database, which has no transaction-horizon functions. Writers
 * take one row lock ({@code change_log_writer}) before appending and hold it to commit, so rows are
 * numbered in commit order and a plain {@code seq} cursor can never step over a late commit. This
 * serializes writers, which is right for a one-node evaluation database and wrong for production.
 * One node also means a writer can wake the waiting pulls itself, once its transaction has committed.
 */
public final class SerializedChangeFeed implements ChangeFeed {

    private static final String READ = "SELECT seq, CAST(txid AS VARCHAR), scope, entity_type, entity_id, version, op, payload "
            + "FROM change_log WHERE seq > ? AND scope IN (%s) ORDER BY seq";

    private final ChangeRows rows;
    private final Runnable wakeWaitingPulls;
    private volatile String epoch;

    /** @param wakeups told of every committed change, for the pulls waiting on it */
    public SerializedChangeFeed(Clock clock, FeedWakeups wakeups) {
        this.rows = new ChangeRows(clock);
        this.wakeWaitingPulls = wakeups::changed;
    }

    @Override
    public void publish(EntityManager em, SyncedView view, long version, Collection<Scope> scopes) {
        lockWriters(em);
        rows.insert(em, view.entityType(), view.id(), version, ChangeOp.UPSERT, view, scopes);
        Transactions.afterCommit(em, wakeWaitingPulls);
    }

    @Override
    public void remove(EntityManager em, String entityType, UUID id, long version, Collection<Scope> scopes) {
        lockWriters(em);
        rows.insert(em, entityType, id, version, ChangeOp.DELETE, null, scopes);
        Transactions.afterCommit(em, wakeWaitingPulls);
    }

    @Override
    public String epoch(EntityManager em) {
        if (epoch == null) {
            epoch = em.createNativeQuery("SELECT epoch FROM feed_epoch").getSingleResult().toString();
        }
        return epoch;
    }

    @Override
    public FeedCursor horizon(EntityManager em) {
        Object max = em.createNativeQuery("SELECT COALESCE(MAX(seq), 0) FROM change_log").getSingleResult();
        return new FeedCursor(epoch(em), 0, ((Number) max).longValue());
    }

    @Override
    public FeedPage read(EntityManager em, FeedCursor after, Set<String> scopes, int limit) {
        if (scopes.isEmpty()) {
            return new FeedPage(List.of(), after, false);
        }
        var query = em.createNativeQuery(READ.formatted(String.join(", ", Collections.nCopies(scopes.size(), "?"))))
                .setParameter(1, after.seq());
        int parameter = 2;
        for (String scope : scopes) {
            query.setParameter(parameter++, scope);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found = query.setMaxResults(limit).getResultList();
        List<ChangeEntry> changes = found.stream().map(ChangeRows::entry).toList();
        long lastSeq = found.isEmpty() ? after.seq() : ((Number) found.getLast()[0]).longValue();
        return new FeedPage(changes, new FeedCursor(after.epoch(), 0, lastSeq), found.size() == limit);
    }

    /** The highest change number so far, read under the writer lock: this transaction's changes are at or below it. */
    @Override
    public long position(EntityManager em) {
        lockWriters(em);
        return ((Number) em.createNativeQuery("SELECT COALESCE(MAX(seq), 0) FROM change_log").getSingleResult()).longValue();
    }

    @Override
    public long appliedThrough(EntityManager em, UUID deviceId, FeedCursor servedTo) {
        return ((Number) em.createNativeQuery("SELECT COALESCE(MAX(seq), 0) FROM device_command "
                        + "WHERE device_id = ? AND feed_position <= ?")
                .setParameter(1, deviceId).setParameter(2, servedTo.seq()).getSingleResult()).longValue();
    }

    private static void lockWriters(EntityManager em) {
        em.createNativeQuery("SELECT id FROM change_log_writer WHERE id = 1 FOR UPDATE").getResultList();
    }

    /** Writers commit in seq order here, so every change up to the newest old one is committed and can go. */
    @Override
    public int prune(EntityManager em, Instant recordedBefore) {
        long seq = ((Number) em.createNativeQuery("SELECT COALESCE(MAX(seq), 0) FROM change_log WHERE recorded_at < ?")
                .setParameter(1, ChangeRows.cutoff(recordedBefore)).getSingleResult()).longValue();
        if (seq == 0) {
            return 0;
        }
        int deleted = em.createNativeQuery("DELETE FROM change_log WHERE seq <= ?").setParameter(1, seq).executeUpdate();
        rows.markPruned(em, 0, seq);
        return deleted;
    }

    @Override
    public FeedCursor prunedThrough(EntityManager em) {
        return ChangeRows.prunedThrough(em, epoch(em));
    }
}
