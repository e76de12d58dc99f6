package dev.depot.server.inventory;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Lots on the shelf, kept with the ledger: a movement that names its lot takes that lot first; one
 * that does not (a pick, a replenishment, a count) takes the lot that expires first (FEFO, which is
 * what the floor is told to do). Stock that came in without a lot is tracked by the balance alone.
 */
final class Lots {

    private Lots() {
    }

    /** So many eaches of one lot. */
    record Part(String lot, LocalDate expiresOn, BigDecimal quantity) {
    }

    /** Takes up to {@code quantity} out of a location's lots of an item: the named lot first, then the earliest to expire. */
    static List<Part> take(EntityManager em, UUID itemId, UUID locationId, BigDecimal quantity, Movement.Lot named) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT lot, expires_on, quantity FROM stock_lot_balance "
                        + "WHERE item_id = ? AND location_id = ? AND quantity > 0 ORDER BY expires_on NULLS LAST, lot FOR UPDATE")
                .setParameter(1, itemId).setParameter(2, locationId).getResultList();
        List<Part> held = new ArrayList<>(rows.stream().map(r -> new Part((String) r[0], date(r[1]), (BigDecimal) r[2])).toList());
        if (named != null) {
            held.sort((a, b) -> Boolean.compare(!a.lot().equals(named.code()), !b.lot().equals(named.code()))); // stable: FEFO after it
        }
        List<Part> taken = new ArrayList<>();
        BigDecimal left = quantity;
        for (Part lot : held) {
            if (left.signum() == 0) {
                break;
            }
            BigDecimal take = lot.quantity().min(left);
            em.createNativeQuery("UPDATE stock_lot_balance SET quantity = quantity - ? WHERE item_id = ? AND location_id = ? AND lot = ?")
                    .setParameter(1, take).setParameter(2, itemId).setParameter(3, locationId).setParameter(4, lot.lot())
                    .executeUpdate();
            taken.add(new Part(lot.lot(), lot.expiresOn(), take));
            left = left.subtract(take);
        }
        return taken;
    }

    /** Puts lots into a location. */
    static void put(EntityManager em, StockIncrements increments, UUID itemId, UUID locationId, List<Part> lots) {
        lots.forEach(lot -> increments.addToLot(em, itemId, locationId, lot.lot(), lot.expiresOn(), lot.quantity()));
    }

    /** Writes down which lots a ledger line moved. */
    static void record(EntityManager em, UUID movementId, List<Part> lots) {
        for (Part lot : lots) {
            em.createNativeQuery("INSERT INTO stock_movement_lot (movement_id, lot, expires_on, quantity) VALUES (?, ?, ?, ?)")
                    .setParameter(1, movementId).setParameter(2, lot.lot())
                    .setParameter(3, StockIncrements.sqlDate(lot.expiresOn())).setParameter(4, lot.quantity())
                    .executeUpdate();
        }
    }

    /** What a native query gives for a DATE column: PostgreSQL's driver a java.sql.Date, H2's a LocalDate. */
    static LocalDate date(Object value) {
        return switch (value) {
            case null -> null;
            case Date d -> d.toLocalDate();
            default -> (LocalDate) value;
        };
    }
}
