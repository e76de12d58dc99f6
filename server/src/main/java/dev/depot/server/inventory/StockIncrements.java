package dev.depot.server.inventory;

import dev.depot.model.ids.UuidV7;
import dev.depot.server.platform.DatabaseVendor;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.UUID;

/**
 * How stock rows change: by increments next to their ledger line, so concurrent movements commute.
 * PostgreSQL adds to a row or creates it in one statement, so two first movements into an empty
 * bin cannot collide; the embedded database updates, then inserts if there was no row.
 *
 * <p>A balance may go below zero: that is the record saying the shelf held more than the system
 * knew, not an error to refuse (physical facts are never refused).
 */
enum StockIncrements {

    POSTGRESQL {
        @Override
        void addToBalance(EntityManager em, UUID itemId, UUID locationId, BigDecimal delta) {
            em.createNativeQuery("INSERT INTO stock_balance (item_id, location_id, quantity) VALUES (?, ?, ?) "
                            + "ON CONFLICT (item_id, location_id) DO UPDATE SET quantity = stock_balance.quantity + EXCLUDED.quantity")
                    .setParameter(1, itemId).setParameter(2, locationId).setParameter(3, delta)
                    .executeUpdate();
        }

        @Override
        void addToLot(EntityManager em, UUID itemId, UUID locationId, String lot, LocalDate expiresOn, BigDecimal quantity) {
            em.createNativeQuery("INSERT INTO stock_lot_balance (item_id, location_id, lot, expires_on, quantity) VALUES (?, ?, ?, ?, ?) "
                            + "ON CONFLICT (item_id, location_id, lot) DO UPDATE SET quantity = stock_lot_balance.quantity + EXCLUDED.quantity")
                    .setParameter(1, itemId).setParameter(2, locationId).setParameter(3, lot).setParameter(4, sqlDate(expiresOn))
                    .setParameter(5, quantity)
                    .executeUpdate();
        }

        @Override
        void addToPosition(EntityManager em, UUID itemId, UUID warehouseId, BigDecimal onHand, BigDecimal reserved) {
            em.createNativeQuery("INSERT INTO stock_position (id, item_id, warehouse_id, on_hand, reserved) VALUES (?, ?, ?, ?, ?) "
                            + "ON CONFLICT (item_id, warehouse_id) DO UPDATE SET on_hand = stock_position.on_hand + EXCLUDED.on_hand, "
                            + "reserved = stock_position.reserved + EXCLUDED.reserved, version = stock_position.version + 1")
                    .setParameter(1, UuidV7.next()).setParameter(2, itemId).setParameter(3, warehouseId).setParameter(4, onHand)
                    .setParameter(5, reserved)
                    .executeUpdate();
        }
    },

    EMBEDDED {
        @Override
        void addToBalance(EntityManager em, UUID itemId, UUID locationId, BigDecimal delta) {
            int updated = em.createNativeQuery("UPDATE stock_balance SET quantity = quantity + ? WHERE item_id = ? AND location_id = ?")
                    .setParameter(1, delta).setParameter(2, itemId).setParameter(3, locationId)
                    .executeUpdate();
            if (updated == 0) {
                em.createNativeQuery("INSERT INTO stock_balance (item_id, location_id, quantity) VALUES (?, ?, ?)")
                        .setParameter(1, itemId).setParameter(2, locationId).setParameter(3, delta)
                        .executeUpdate();
            }
        }

        @Override
        void addToLot(EntityManager em, UUID itemId, UUID locationId, String lot, LocalDate expiresOn, BigDecimal quantity) {
            int updated = em.createNativeQuery("UPDATE stock_lot_balance SET quantity = quantity + ? "
                            + "WHERE item_id = ? AND location_id = ? AND lot = ?")
                    .setParameter(1, quantity).setParameter(2, itemId).setParameter(3, locationId).setParameter(4, lot)
                    .executeUpdate();
            if (updated == 0) {
                em.createNativeQuery("INSERT INTO stock_lot_balance (item_id, location_id, lot, expires_on, quantity) VALUES (?, ?, ?, ?, ?)")
                        .setParameter(1, itemId).setParameter(2, locationId).setParameter(3, lot).setParameter(4, sqlDate(expiresOn))
                        .setParameter(5, quantity)
                        .executeUpdate();
            }
        }

        @Override
        void addToPosition(EntityManager em, UUID itemId, UUID warehouseId, BigDecimal onHand, BigDecimal reserved) {
            int updated = em.createNativeQuery("UPDATE stock_position SET on_hand = on_hand + ?, reserved = reserved + ?, "
                            + "version = version + 1 WHERE item_id = ? AND warehouse_id = ?")
                    .setParameter(1, onHand).setParameter(2, reserved).setParameter(3, itemId).setParameter(4, warehouseId)
                    .executeUpdate();
            if (updated == 0) {
                em.createNativeQuery("INSERT INTO stock_position (id, item_id, warehouse_id, on_hand, reserved) VALUES (?, ?, ?, ?, ?)")
                        .setParameter(1, UuidV7.next()).setParameter(2, itemId).setParameter(3, warehouseId).setParameter(4, onHand)
                        .setParameter(5, reserved)
                        .executeUpdate();
            }
        }
    };

    static StockIncrements on(DatabaseVendor vendor) {
        return switch (vendor) {
            case POSTGRESQL -> POSTGRESQL;
            case H2 -> EMBEDDED;
        };
    }

    abstract void addToBalance(EntityManager em, UUID itemId, UUID locationId, BigDecimal delta);

    abstract void addToPosition(EntityManager em, UUID itemId, UUID warehouseId, BigDecimal onHand, BigDecimal reserved);

    /** Puts eaches of a lot (with its expiry, known from its first arrival) into a location. */
    abstract void addToLot(EntityManager em, UUID itemId, UUID locationId, String lot, LocalDate expiresOn, BigDecimal quantity);

    static Date sqlDate(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
