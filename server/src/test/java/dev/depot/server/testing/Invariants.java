package dev.depot.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The books must always balance. Asserted after every story: stock balances equal the sum of the
 * ledger, positions equal their balances and reservations, journal debits equal credits (in every
 * entry), customers' exposure equals their open orders and invoices, and every receipt, putaway,
 * count and carton adds up.
 */
public final class Invariants {

    private Invariants() {
    }

    public static void assertHold(Sql sql) {
        assertBooksHold(sql);
        assertThat(sql.rows("""
                SELECT entity_id, scope, version FROM change_log
                GROUP BY entity_id, scope, version HAVING COUNT(DISTINCT payload) > 1"""))
                .as("a new state of a record is published under a new version, or devices would ignore it").isEmpty();
    }

    /** The stock, the journal, the customers' exposure and the warehouse's documents agree; the change log is left out. */
    public static void assertBooksHold(Sql sql) {
        assertThat(sql.rows("""
                SELECT b.item_id, b.location_id, b.quantity, COALESCE(l.total, 0) AS ledger
                FROM stock_balance b LEFT JOIN (
                  SELECT item_id, location_id, SUM(qty) AS total FROM (
                    SELECT item_id, to_location_id AS location_id, quantity AS qty FROM stock_movement WHERE to_location_id IS NOT NULL
                    UNION ALL
                    SELECT item_id, from_location_id, -quantity FROM stock_movement WHERE from_location_id IS NOT NULL) m
                  GROUP BY item_id, location_id) l ON l.item_id = b.item_id AND l.location_id = b.location_id
                WHERE b.quantity <> COALESCE(l.total, 0)"""))
                .as("stock balances equal the sum of the ledger").isEmpty();
        assertThat(sql.rows("""
                SELECT p.item_id, p.warehouse_id FROM stock_position p
                WHERE p.on_hand <> COALESCE((SELECT SUM(b.quantity) FROM stock_balance b JOIN location l ON l.id = b.location_id
                                             WHERE b.item_id = p.item_id AND l.warehouse_id = p.warehouse_id
                                               AND l.type = 'STORAGE' AND b.held_since IS NULL), 0)
                   OR p.reserved <> COALESCE((SELECT SUM(r.open_quantity) FROM reservation r
                                              WHERE r.item_id = p.item_id AND r.warehouse_id = p.warehouse_id), 0)"""))
                .as("positions equal their storage bins' balances not on hold and their open reservations").isEmpty();
        assertThat(sql.rows("SELECT entry_id FROM journal_line GROUP BY entry_id HAVING SUM(debit) <> SUM(credit)"))
                .as("every journal entry balances").isEmpty();
        assertThat(sql.decimal("SELECT COALESCE(SUM(debit), 0) - COALESCE(SUM(credit), 0) FROM journal_line"))
                .as("journal debits equal credits").isZero();
        assertThat(sql.rows("""
                SELECT c.code FROM customer c
                WHERE c.open_orders <> COALESCE((SELECT SUM(o.total) FROM sales_order o WHERE o.customer_id = c.id
                                                 AND o.status NOT IN ('INVOICED', 'CANCELLED')), 0)
                   OR c.open_receivables <> COALESCE((SELECT SUM(i.open_amount) FROM invoice i WHERE i.customer_id = c.id), 0)"""))
                .as("customers' exposure equals their open orders and invoices").isEmpty();
        assertThat(sql.rows("""
                SELECT r.order_line_id FROM reservation r JOIN sales_order o ON o.id = r.order_id
                WHERE r.open_quantity > 0 AND o.status IN ('SHIPPED', 'INVOICED', 'CANCELLED')"""))
                .as("an order that has left the warehouse holds no stock").isEmpty();
        assertThat(sql.rows("""
                SELECT b.item_id, b.location_id, b.lot FROM stock_lot_balance b
                WHERE b.quantity <> COALESCE((SELECT SUM(CASE WHEN m.to_location_id = b.location_id THEN ml.quantity ELSE -ml.quantity END)
                                              FROM stock_movement_lot ml JOIN stock_movement m ON m.id = ml.movement_id
                                              WHERE m.item_id = b.item_id AND ml.lot = b.lot
                                                AND (m.to_location_id = b.location_id OR m.from_location_id = b.location_id)), 0)"""))
                .as("each lot in a location equals the ledger lines that moved it").isEmpty();
        assertThat(sql.rows("""
                SELECT l.item_id, l.location_id FROM stock_lot_balance l
                JOIN stock_balance b ON b.item_id = l.item_id AND b.location_id = l.location_id
                GROUP BY l.item_id, l.location_id, b.quantity HAVING SUM(l.quantity) > GREATEST(b.quantity, 0)"""))
                .as("a location's lots add up to no more than it holds").isEmpty();
        assertThat(sql.rows("""
                SELECT r.order_line_id FROM reservation r JOIN transfer_order t ON t.id = r.order_id
                WHERE r.open_quantity > 0 AND t.status <> 'LOADING'"""))
                .as("a transfer on the road holds no stock at the sender").isEmpty();
        assertThat(sql.rows("""
                SELECT l.id FROM transfer_line l
                WHERE l.received_quantity <> COALESCE((SELECT SUM(r.quantity) FROM transfer_receipt r WHERE r.transfer_line_id = l.id), 0)
                   OR EXISTS (SELECT 1 FROM transfer_receipt r WHERE r.transfer_line_id = l.id
                              AND COALESCE((SELECT SUM(p.quantity) FROM putaway_task p WHERE p.transfer_receipt_id = r.id), 0)
                                  <> CASE WHEN r.damaged
                                          THEN COALESCE((SELECT SUM(d.quantity) FROM quarantine_decision d
                                                         WHERE d.transfer_receipt_id = r.id AND d.disposition = 'RELEASE'), 0)
                                          ELSE r.quantity END)"""))
                .as("a transfer's lines count what was received, and what came sound or was released waits for putaway").isEmpty();
        assertThat(sql.rows("""
                SELECT l.id FROM order_line l JOIN sales_order o ON o.id = l.order_id
                LEFT JOIN (SELECT order_line_id, SUM(quantity) AS packed FROM carton_line GROUP BY order_line_id) c ON c.order_line_id = l.id
                WHERE COALESCE(c.packed, 0) > l.picked
                   OR (o.status IN ('SHIPPED', 'INVOICED') AND COALESCE(c.packed, 0) <> l.shipped)"""))
                .as("cartons hold no more than was picked, and a shipped order's cartons hold what it shipped").isEmpty();
        assertThat(sql.rows("""
                SELECT l.id FROM purchase_order_line l
                WHERE l.received_quantity <> COALESCE((SELECT SUM(r.quantity) FROM goods_receipt r WHERE r.purchase_order_line_id = l.id), 0)"""))
                .as("what a purchase order line says was received is the sum of its receipts").isEmpty();
        assertThat(sql.rows("""
                SELECT r.id FROM goods_receipt r
                WHERE COALESCE((SELECT SUM(t.quantity) FROM putaway_task t WHERE t.goods_receipt_id = r.id), 0)
                      <> CASE WHEN r.damaged
                              THEN COALESCE((SELECT SUM(d.quantity) FROM quarantine_decision d
                                             WHERE d.goods_receipt_id = r.id AND d.disposition = 'RELEASE'), 0)
                              ELSE r.quantity END
                   OR COALESCE((SELECT SUM(d.quantity) FROM quarantine_decision d WHERE d.goods_receipt_id = r.id), 0) > r.quantity"""))
                .as("a receipt's goods are put away when sound, or decided on (never more than came) when damaged").isEmpty();
        assertThat(sql.rows("""
                SELECT t.id FROM putaway_task t
                WHERE t.put_away_quantity <> COALESCE((SELECT SUM(s.quantity) FROM putaway_scan s WHERE s.task_id = t.id), 0)"""))
                .as("what a putaway task says was put away is the sum of its scans").isEmpty();
        assertThat(sql.rows("""
                SELECT t.id FROM count_task t LEFT JOIN stock_movement m ON m.id = t.adjustment_movement_id
                WHERE t.status = 'ADJUSTED' AND (m.id IS NULL
                   OR CASE WHEN m.to_location_id IS NOT NULL THEN m.quantity ELSE -m.quantity END <> t.counted_quantity - t.book_quantity)"""))
                .as("an adjusted count moved the books by exactly what it found them off").isEmpty();
    }
}
