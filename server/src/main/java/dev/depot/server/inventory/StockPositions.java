package dev.depot.server.inventory;

import dev.depot.model.changes.ChangeEntry;
import dev.depot.model.changes.Scope;
import dev.depot.model.views.StockLevelView;
import dev.depot.server.platform.Ids;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/** Sellable on hand and open reservations per item and warehouse: the numbers ATP is made of. */
public final class StockPositions {

    private StockPositions() {
    }

    /** One item's position in one warehouse; available to promise = on hand − reserved. */
    public record Position(UUID itemId, UUID warehouseId, BigDecimal onHand, BigDecimal reserved, BigDecimal available) {

        static Position of(UUID itemId, UUID warehouseId, BigDecimal onHand, BigDecimal reserved) {
            return new Position(itemId, warehouseId, onHand, reserved, onHand.subtract(reserved));
        }
    }

    /** The position, locked to the end of the transaction; {@code create} makes it empty if the item never had stock here. */
    static Position lock(EntityManager em, Runnable create, UUID itemId, UUID warehouseId) {
        List<Position> locked = rows(em, "SELECT item_id, warehouse_id, on_hand, reserved FROM stock_position "
                + "WHERE item_id = ? AND warehouse_id = ? FOR UPDATE", itemId, warehouseId);
        if (!locked.isEmpty()) {
            return locked.getFirst();
        }
        create.run();
        return lock(em, create, itemId, warehouseId);
    }

    /** The position as devices hold it (scope {@code stock:<warehouse>}). */
    static ChangeEntry level(EntityManager em, UUID itemId, UUID warehouseId) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT id, item_id, warehouse_id, on_hand, reserved, version FROM stock_position "
                        + "WHERE item_id = ? AND warehouse_id = ?")
                .setParameter(1, itemId).setParameter(2, warehouseId).getSingleResult();
        return entry(row);
    }

    /** A warehouse's positions with an id after {@code after}, by id: a page of a fresh copy. */
    static List<ChangeEntry> levels(EntityManager em, UUID warehouseId, UUID after, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, item_id, warehouse_id, on_hand, reserved, version FROM stock_position "
                        + "WHERE warehouse_id = ? AND id > ? ORDER BY id")
                .setParameter(1, warehouseId).setParameter(2, after)
                .setMaxResults(limit).getResultList();
        return rows.stream().map(StockPositions::entry).toList();
    }

    private static ChangeEntry entry(Object[] row) {
        UUID warehouseId = Ids.fromColumn(row[2]);
        StockLevelView level = new StockLevelView(Ids.fromColumn(row[0]), Ids.fromColumn(row[1]), warehouseId,
                (BigDecimal) row[3], (BigDecimal) row[4]);
        return ChangeEntry.upsert(level, ((Number) row[5]).longValue(), Scope.stock(warehouseId));
    }

    static List<Position> all(EntityManager em, UUID warehouseId) {
        return rows(em, "SELECT item_id, warehouse_id, on_hand, reserved FROM stock_position WHERE warehouse_id = ?", warehouseId);
    }

    static List<Position> of(EntityManager em, UUID warehouseId, Collection<UUID> itemIds) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        String placeholders = String.join(", ", Collections.nCopies(itemIds.size(), "?"));
        Object[] args = new Object[itemIds.size() + 1];
        args[0] = warehouseId;
        int i = 1;
        for (UUID itemId : itemIds) {
            args[i++] = itemId;
        }
        return rows(em, "SELECT item_id, warehouse_id, on_hand, reserved FROM stock_position WHERE warehouse_id = ? AND item_id IN ("
                + placeholders + ")", args);
    }

    private static List<Position> rows(EntityManager em, String sql, Object... args) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < args.length; i++) {
            query.setParameter(i + 1, args[i]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> Position.of(Ids.fromColumn(r[0]), Ids.fromColumn(r[1]), (BigDecimal) r[2], (BigDecimal) r[3])).toList();
    }

}
