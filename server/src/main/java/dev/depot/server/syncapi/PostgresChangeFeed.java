package dev.depot.server.syncapi;

import dev.depot.model.changes.ChangeEntry;
import dev.depot.model.changes.ChangeOp;
import dev.depot.model.changes.Scope;
import dev.depot.model.views.SyncedView;
import dev.depot.sync.feed.FeedCursor;
import jakarta.persistence.EntityManager;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The change feed on PostgreSQL. Each row records its writer's transaction id
 * ({@code pg_current_xact_id()}); rows are served in {@code (txid, seq)} order, and only while
 * {@code txid < pg_snapshot_xmin(pg_current_snapshot())}, i.e. once every transaction that could
 * still add a row sorting before them has ended. Sequence numbers alone are not commit order: a
 * reader trusting them skips rows that commit late.
 */
public final class PostgresChangeFeed implements ChangeFeed {

    private static final System.Logger LOG = System.getLogger(PostgresChangeFeed.class.getName());

    private static final String EPOCH = "SELECT CASE WHEN has_function_privilege('pg_control_system()', 'EXECUTE') "
            + "AND has_function_privilege('pg_control_checkpoint()', 'EXECUTE') "
            + "THEN (SELECT system_identifier FROM pg_control_system())::text || '-' "
            + "|| (SELECT oid FROM pg_database WHERE datname = current_database())::text || '-' "
            + "|| (SELECT timeline_id FROM pg_control_checkpoint())::text END";

    private static final String READ = "SELECT seq, txid::text, scope, entity_type, entity_id, version, op, payload "
            + "FROM change_log "
            + "WHERE scope IN (SELECT unnest(string_to_array(?, ','))) "
            + "AND (txid, seq) > (?::text::xid8, ?) AND txid < ?::text::xid8 "
            + "ORDER BY txid, seq LIMIT ?";

    /** The newest change old enough to go that every reader could have been served (below the horizon). */
    private static final String PRUNABLE = "SELECT txid::text, seq FROM change_log "
            + "WHERE recorded_at < ? AND txid < pg_snapshot_xmin(pg_current_snapshot()) ORDER BY txid DESC, seq DESC LIMIT 1";

    private final ChangeRows rows;
    private volatile String epoch;

    public PostgresChangeFeed(Clock clock) {
        this.rows = new ChangeRows(clock);
    }

    @Override
    public void publish(EntityManager em, SyncedView view, long version, Collection<Scope> scopes) {
        rows.insert(em, view.entityType(), view.id(), version, ChangeOp.UPSERT, view, scopes);
    }

    @Override
    public void remove(EntityManager em, String entityType, UUID id, long version, Collection<Scope> scopes) {
        rows.insert(em, entityType, id, version, ChangeOp.DELETE, null, scopes);
    }

    /**
     * The cluster's system identifier, the database's oid and the timeline: a restore into another
     * cluster or database, or a point-in-time recovery, changes it, and transaction ids with it.
     * One statement, so a role that may not read the cluster identity gets the stored fallback
     * instead of an aborted transaction.
     */
    @Override
    public String epoch(EntityManager em) {
        if (epoch == null) {
            Object identity = em.createNativeQuery(EPOCH).getSingleResult();
            if (identity == null) {
                LOG.log(Level.WARNING, "cannot read the cluster identity (grant pg_monitor to the Depot role); "
                        + "using the epoch stored in feed_epoch, which a restore does not change");
                identity = em.createNativeQuery("SELECT epoch FROM feed_epoch").getSingleResult();
            }
            epoch = identity.toString();
        }
        return epoch;
    }

    @Override
    public FeedCursor horizon(EntityManager em) {
        return new FeedCursor(epoch(em), xmin(em), 0);
    }

    @Override
    public FeedPage read(EntityManager em, FeedCursor after, Set<String> scopes, int limit) {
        long xmin = xmin(em);
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery(READ)
                .setParameter(1, String.join(",", scopes))
                .setParameter(2, Long.toString(after.txid()))
                .setParameter(3, after.seq())
                .setParameter(4, Long.toString(xmin))
                .setParameter(5, limit)
                .getResultList();
        List<ChangeEntry> changes = new ArrayList<>(found.size());
        for (Object[] row : found) {
            changes.add(ChangeRows.entry(row));
        }
        if (found.size() == limit) {
            Object[] last = found.getLast();
            return new FeedPage(changes, new FeedCursor(after.epoch(), Long.parseLong((String) last[1]),
                    ((Number) last[0]).longValue()), true);
        }
        // Everything before xmin has been read: continue from there, not from the last row served.
        FeedCursor horizon = new FeedCursor(after.epoch(), xmin, 0);
        return new FeedPage(changes, horizon.compareTo(after) > 0 ? horizon : after, false);
    }

    /** This transaction's id: every change it writes carries it, and sorts by it. */
    @Override
    public long position(EntityManager em) {
        return Long.parseLong(em.createNativeQuery("SELECT pg_current_xact_id()::text").getSingleResult().toString());
    }

    /** Every row of a transaction below the cursor's txid has been served. */
    @Override
    public long appliedThrough(EntityManager em, UUID deviceId, FeedCursor servedTo) {
        return ((Number) em.createNativeQuery("SELECT COALESCE(MAX(seq), 0) FROM device_command "
                        + "WHERE device_id = ? AND feed_position < ?")
                .setParameter(1, deviceId).setParameter(2, servedTo.txid()).getSingleResult()).longValue();
    }

    private static long xmin(EntityManager em) {
        return Long.parseLong(em.createNativeQuery("SELECT pg_snapshot_xmin(pg_current_snapshot())::text")
                .getSingleResult().toString());
    }

    /**
     * Deletes up to the newest old change below the horizon, as a prefix in {@code (txid, seq)} order:
     * a change above the horizon may still gain neighbours before it, and pruning past it would
     * send every device back to a fresh copy.
     */
    @Override
    public int prune(EntityManager em, Instant recordedBefore) {
        @SuppressWarnings("unchecked")
        List<Object[]> newest = em.createNativeQuery(PRUNABLE).setParameter(1, ChangeRows.cutoff(recordedBefore)).getResultList();
        if (newest.isEmpty()) {
            return 0;
        }
        long txid = Long.parseLong((String) newest.getFirst()[0]);
        long seq = ((Number) newest.getFirst()[1]).longValue();
        int deleted = em.createNativeQuery("DELETE FROM change_log WHERE (txid, seq) <= (?::text::xid8, ?)")
                .setParameter(1, Long.toString(txid)).setParameter(2, seq).executeUpdate();
        rows.markPruned(em, txid, seq);
        return deleted;
    }

    @Override
    public FeedCursor prunedThrough(EntityManager em) {
        return ChangeRows.prunedThrough(em, epoch(em));
    }
}
