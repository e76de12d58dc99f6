package dev.depot.server.purchasing;

import static dev.depot.model.quantity.QuantityPrecision.plain;

import dev.depot.model.ids.UuidV7;
import dev.depot.model.quantity.QuantityPrecision;
import dev.depot.server.accounting.Accounting;
import dev.depot.server.accounting.PostingRules;
import dev.depot.server.inventory.Inventory;
import dev.depot.server.inventory.Location;
import dev.depot.server.inventory.LocationType;
import dev.depot.server.inventory.Movement;
import dev.depot.server.inventory.MovementReason;
import dev.depot.server.platform.ProblemException;
import dev.depot.server.platform.ProblemType;
import dev.depot.server.putaway.Putaway;
import dev.depot.server.transfers.Transfer;
import dev.depot.server.transfers.TransferLine;
import dev.depot.server.transfers.TransferReceipt;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Inspection of goods received damaged, from a supplier or off a transfer from another warehouse: they wait in quarantine (never promised or picked) until a
 * supervisor decides, for all or part of a receipt, to release them to putaway, scrap them at
 * moving-average cost, or return them to the supplier before the invoice (goods from a supplier only). Each decision moves the
 * stock out of quarantine and posts its value in the same transaction.
 */
public final class Inspection {

    private final Clock clock;
    private final Inventory inventory;
    private final Accounting accounting;
    private final Putaway putaway;

    public Inspection(Clock clock, Inventory inventory, Accounting accounting, Putaway putaway) {
        this.clock = clock;
        this.inventory = inventory;
        this.accounting = accounting;
        this.putaway = putaway;
    }

    /** A damaged receipt with goods still in quarantine: its document (purchase order or transfer) and who sent the goods. */
    public record Quarantined(UUID receiptId, String purchaseOrderNumber, String supplierName, String sku, String itemName, String lot,
                              String locationCode, BigDecimal waiting, Instant receivedAt) {
    }

    /** What waits for inspection in a warehouse, oldest first: goods from suppliers and from other warehouses. */
    public List<Quarantined> queue(EntityManager em, UUID warehouseId) {
        List<Quarantined> waiting = new ArrayList<>(quarantined(em, """
                SELECT r.id, p.number, p.supplier_name, l.sku, l.item_name, r.lot, q.code,
                       r.quantity - COALESCE((SELECT SUM(d.quantity) FROM quarantine_decision d WHERE d.goods_receipt_id = r.id), 0),
                       r.recorded_at
                FROM goods_receipt r
                JOIN purchase_order p ON p.id = r.purchase_order_id
                JOIN purchase_order_line l ON l.id = r.purchase_order_line_id
                JOIN location q ON q.id = r.location_id
                WHERE r.damaged AND p.warehouse_id = ?
                  AND r.quantity > COALESCE((SELECT SUM(d.quantity) FROM quarantine_decision d WHERE d.goods_receipt_id = r.id), 0)""",
                warehouseId));
        waiting.addAll(quarantined(em, """
                SELECT r.id, t.number, w.name, l.sku, l.item_name, NULL, q.code,
                       r.quantity - COALESCE((SELECT SUM(d.quantity) FROM quarantine_decision d WHERE d.transfer_receipt_id = r.id), 0),
                       r.recorded_at
                FROM transfer_receipt r
                JOIN transfer_order t ON t.id = r.transfer_id
                JOIN transfer_line l ON l.id = r.transfer_line_id
                JOIN warehouse w ON w.id = t.from_warehouse_id
                JOIN location q ON q.id = r.location_id
                WHERE r.damaged AND t.to_warehouse_id = ?
                  AND r.quantity > COALESCE((SELECT SUM(d.quantity) FROM quarantine_decision d WHERE d.transfer_receipt_id = r.id), 0)""",
                warehouseId));
        waiting.sort(Comparator.comparing(Quarantined::receivedAt).thenComparing(Quarantined::receiptId));
        return waiting;
    }

    private static List<Quarantined> quarantined(EntityManager em, String sql, UUID warehouseId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, warehouseId).getResultList();
        return rows.stream().map(r -> new Quarantined((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], (BigDecimal) r[7], instant(r[8]))).toList();
    }

    /** A supervisor's decision for some of a receipt's goods in quarantine. */
    public record Decision(UUID receiptId, Disposition disposition, BigDecimal quantity, String note, Inspector inspector) {
    }

    /** Who decides, and the warehouse they may decide for; none for an administrator, who may decide for any. */
    public record Inspector(UUID userId, UUID warehouseId) {
    }

    /** What was decided, in words, and how much of the receipt still waits. */
    public record Decided(String message, BigDecimal stillWaiting) {
    }

    public Decided decide(EntityManager em, Decision decision) {
        if (decision.disposition() == null) {
            throw ProblemException.invalid("disposition", "choose release, scrap or return to the supplier");
        }
        if (decision.note() != null && decision.note().length() > 300) {
            throw ProblemException.invalid("note", "has at most 300 characters");
        }
        Damaged receipt = damaged(em, decision.receiptId());
        if (decision.inspector().warehouseId() != null && !decision.inspector().warehouseId().equals(receipt.warehouseId())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "the goods are in another warehouse than yours");
        }
        BigDecimal waiting = receipt.quantity().subtract(decided(em, receipt.id()));
        BigDecimal quantity = decision.quantity();
        if (quantity == null || quantity.signum() <= 0 || quantity.compareTo(waiting) > 0) {
            throw ProblemException.invalid("quantity", "must be more than zero and at most the " + plain(waiting)
                    + " that wait in quarantine" + (quantity == null ? "" : ", got " + plain(quantity)));
        }
        QuantityPrecision.problemWith(quantity).ifPresent(problem -> {
            throw ProblemException.invalid("quantity", problem);
        });
        if (decision.disposition() == Disposition.RETURN_TO_SUPPLIER && receipt.supplierName() == null) {
            throw ProblemException.invalid("disposition", "these goods came from another warehouse, not a supplier: release or scrap them");
        }
        Location quarantine = inventory.location(em, receipt.locationId());
        UUID id = UuidV7.next();
        Instant now = clock.instant();
        Movement.SourceDocument source = new Movement.SourceDocument("QUARANTINE_DECISION", id);
        String what = plain(quantity) + " × " + receipt.sku();
        UUID movementId = switch (decision.disposition()) {
            case RELEASE -> {
                Location receiving = inventory.first(em, receipt.warehouseId(), LocationType.RECEIVING);
                UUID moved = inventory.move(em, new Movement(receipt.itemId(), quarantine, receiving, quantity,
                        MovementReason.QUARANTINE_RELEASE, source, now, decision.inspector().userId(), receipt.lotOnLabel())).id();
                putaway.arrived(em, new Putaway.Arrival(receipt.putawayReceipt(), receipt.document(), receipt.itemId(), receipt.sku(),
                        receipt.gtin(), receipt.itemName(), receipt.lot(), receipt.expiresOn(), receiving, quantity, now));
                yield moved;
            }
            case SCRAP -> {
                Inventory.Booked out = inventory.issue(em, new Movement(receipt.itemId(), quarantine, null, quantity, MovementReason.WRITE_OFF,
                        source, now, decision.inspector().userId(), receipt.lotOnLabel()), receipt.currency());
                accounting.post(em, PostingRules.writeOff(id, what + " of " + receipt.document(), out.value()));
                yield out.movementId();
            }
            case RETURN_TO_SUPPLIER -> {
                Inventory.Booked out = inventory.issue(em, new Movement(receipt.itemId(), quarantine, null, quantity,
                        MovementReason.RETURN_TO_SUPPLIER, source, now, decision.inspector().userId(), receipt.lotOnLabel()), receipt.currency());
                accounting.post(em, PostingRules.returnToSupplier(id, what + " of " + receipt.document() + " to " + receipt.supplierName(),
                        out.value()));
                yield out.movementId();
            }
        };
        em.persist(new QuarantineDecision(id, receipt.putawayReceipt(), decision, movementId, now));
        return new Decided(what + " " + decision.disposition().done() + " from " + quarantine.code() + ".", waiting.subtract(quantity));
    }

    private static BigDecimal decided(EntityManager em, UUID receiptId) {
        return (BigDecimal) em.createQuery("select coalesce(sum(d.quantity), 0) from QuarantineDecision d "
                        + "where d.goodsReceiptId = :r or d.transferReceiptId = :r")
                .setParameter("r", receiptId).getSingleResult();
    }

    /**
     * Goods received damaged, from a supplier or from another warehouse, as inspection needs them:
     * where they are, what they are, on which document, and who sent them (no supplier for a transfer).
     */
    private record Damaged(Putaway.Receipt putawayReceipt, UUID warehouseId, UUID itemId, String sku, String gtin, String itemName,
                           String lot, LocalDate expiresOn, String document, String supplierName, String currency, BigDecimal quantity,
                           UUID locationId) {

        UUID id() {
            return putawayReceipt.goodsReceiptId() != null ? putawayReceipt.goodsReceiptId() : putawayReceipt.transferReceiptId();
        }

        Movement.Lot lotOnLabel() {
            return Movement.Lot.of(lot, expiresOn);
        }
    }

    private static Damaged damaged(EntityManager em, UUID receiptId) {
        GoodsReceipt receipt = em.find(GoodsReceipt.class, receiptId, LockModeType.PESSIMISTIC_WRITE);
        if (receipt != null && receipt.damaged()) {
            PurchaseOrder order = em.find(PurchaseOrder.class, receipt.purchaseOrderId());
            PurchaseOrderLine line = order.line(receipt.purchaseOrderLineId()).orElseThrow();
            return new Damaged(Putaway.Receipt.fromSupplier(receipt.id()), order.warehouseId(), line.itemId(), line.sku(), line.gtin(),
                    line.itemName(), receipt.lot(), receipt.expiresOn(), order.number(), order.supplierName(), order.currency(),
                    receipt.quantity(), receipt.locationId());
        }
        TransferReceipt fromWarehouse = em.find(TransferReceipt.class, receiptId, LockModeType.PESSIMISTIC_WRITE);
        if (fromWarehouse != null && fromWarehouse.damaged()) {
            Transfer transfer = em.find(Transfer.class, fromWarehouse.transferId());
            TransferLine line = transfer.line(fromWarehouse.transferLineId()).orElseThrow();
            return new Damaged(Putaway.Receipt.fromTransfer(fromWarehouse.id()), transfer.toWarehouseId(), line.itemId(), line.sku(),
                    line.gtin(), line.itemName(), null, null, transfer.number(), null, line.currency(), fromWarehouse.quantity(),
                    fromWarehouse.locationId());
        }
        throw new ProblemException(ProblemType.UNKNOWN_REFERENCE, "no goods of receipt " + receiptId + " are in quarantine");
    }

    /** A time read by a native query: PostgreSQL's driver gives a Timestamp, H2's an OffsetDateTime. */
    private static Instant instant(Object value) {
        return switch (value) {
            case Timestamp t -> t.toInstant();
            case OffsetDateTime t -> t.toInstant();
            default -> (Instant) value;
        };
    }
}
