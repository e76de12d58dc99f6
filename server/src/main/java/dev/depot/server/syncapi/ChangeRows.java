package dev.depot.server.syncapi;

import dev.depot.model.changes.ChangeEntry;
import dev.depot.model.changes.ChangeOp;
import dev.depot.model.changes.Scope;
import dev.depot.model.views.SyncedView;
import dev.depot.server.platform.Ids;
import dev.depot.sync.protocol.SyncJson;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import dev.depot.sync.feed.FeedCursor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.UUID;

/** Writes and reads change_log rows; the SQL both feed implementations share. */
final class ChangeRows {

    private static final String INSERT = "INSERT INTO change_log (scope, entity_type, entity_id, version, op, payload, recorded_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final Clock clock;

    ChangeRows(Clock clock) {
        this.clock = clock;
    }

    /**
     * One row per scope, sent as one JDBC batch on the transaction's own connection: a single round
     * trip, and no flush of the persistence context, which the row does not depend on.
     */
    void insert(EntityManager em, String entityType, UUID id, long version, ChangeOp op, SyncedView view,
                Collection<Scope> scopes) {
        String payload = view == null ? null : SyncJson.toJson(view);
        OffsetDateTime recordedAt = clock.instant().atOffset(ZoneOffset.UTC);
        try (PreparedStatement insert = em.unwrap(Connection.class).prepareStatement(INSERT)) {
            for (Scope scope : scopes) {
                insert.setString(1, scope.key());
                insert.setString(2, entityType);
                insert.setObject(3, id);
                insert.setLong(4, version);
                insert.setString(5, op.name());
                insert.setString(6, payload);
                insert.setObject(7, recordedAt);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("cannot record the change of " + entityType + " " + id, e);
        }
    }

    /** One row of {@code seq, txid, scope, entity_type, entity_id, version, op, payload} as a change entry. */
    static ChangeEntry entry(Object[] row) {
        String payload = (String) row[7];
        SyncedView view = payload == null ? null : SyncJson.readView(payload);
        return new ChangeEntry((String) row[3], Ids.fromColumn(row[4]), ((Number) row[5]).longValue(), ChangeOp.valueOf((String) row[6]),
                (String) row[2], view);
    }


    /** Records that the feed is pruned through {@code (txid, seq)}; never moves the mark back. */
    void markPruned(EntityManager em, long txid, long seq) {
        em.createNativeQuery("UPDATE change_log_pruned SET through_txid = ?, through_seq = ?, pruned_at = ? "
                        + "WHERE id = 1 AND (through_txid < ? OR (through_txid = ? AND through_seq < ?))")
                .setParameter(1, txid).setParameter(2, seq).setParameter(3, clock.instant().atOffset(ZoneOffset.UTC))
                .setParameter(4, txid).setParameter(5, txid).setParameter(6, seq)
                .executeUpdate();
    }

    static FeedCursor prunedThrough(EntityManager em, String epoch) {
        Object[] mark = (Object[]) em.createNativeQuery("SELECT through_txid, through_seq FROM change_log_pruned WHERE id = 1")
                .getSingleResult();
        return new FeedCursor(epoch, ((Number) mark[0]).longValue(), ((Number) mark[1]).longValue());
    }

    static Object cutoff(Instant recordedBefore) {
        return recordedBefore.atOffset(ZoneOffset.UTC);
    }
}
