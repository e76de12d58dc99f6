package dev.depot.server.purchasing;

import static dev.depot.model.quantity.QuantityPrecision.plain;

import dev.depot.model.changes.ChangeEntry;
import dev.depot.model.changes.Scope;
import dev.depot.model.commands.ReceiveGoods;
import dev.depot.model.gs1.Gs1FormatException;
import dev.depot.model.gs1.Gtin;
import dev.depot.model.gs1.Sscc;
import dev.depot.model.ids.UuidV7;
import dev.depot.model.money.Money;
import dev.depot.model.quantity.QuantityPrecision;
import dev.depot.model.views.PurchaseOrderView;
import dev.depot.server.accounting.Accounting;
import dev.depot.server.accounting.PostingRules;
import dev.depot.server.audit.Actor;
import dev.depot.server.audit.Audit;
import dev.depot.server.catalog.Catalog;
import dev.depot.server.catalog.Item;
import dev.depot.server.inventory.Inventory;
import dev.depot.server.inventory.Location;
import dev.depot.server.inventory.LocationType;
import dev.depot.server.inventory.Movement;
import dev.depot.server.inventory.MovementReason;
import dev.depot.server.platform.ChangeLog;
import dev.depot.server.platform.ProblemException;
import dev.depot.server.platform.ProblemType;
import dev.depot.server.platform.SnapshotPage;
import dev.depot.server.platform.SnapshotSource;
import dev.depot.server.putaway.Putaway;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The purchasing capability: suppliers, the purchase orders a warehouse expects (on its receivers'
 * handhelds while open) and the goods received against them. A receipt is a physical fact: what came
 * in is booked into receiving (or quarantine when damaged) at the order's cost, also when it is more
 * than was ordered; beyond the supplier's tolerance the receiver is told a supervisor will look at it.
 * Sound goods then wait in receiving for putaway.
 */
public final class PurchaseOrders implements SnapshotSource {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Clock clock;
    private final Inventory inventory;
    private final Accounting accounting;
    private final Putaway putaway;
    private final Catalog catalog;
    private final Audit audit;
    private final ChangeLog changes;

    public PurchaseOrders(Clock clock, Inventory inventory, Accounting accounting, Putaway putaway, Catalog catalog, Audit audit,
                          ChangeLog changes) {
        this.clock = clock;
        this.inventory = inventory;
        this.accounting = accounting;
        this.putaway = putaway;
        this.catalog = catalog;
        this.audit = audit;
        this.changes = changes;
    }

    public Supplier addSupplier(EntityManager em, String code, String name, BigDecimal overReceiptTolerancePercent) {
        Supplier supplier = new Supplier(UuidV7.next(), code, name, overReceiptTolerancePercent);
        em.persist(supplier);
        return supplier;
    }

    /** What back office orders: from whom, for which warehouse, when it is due, and the items at their cost. */
    public record NewPurchaseOrder(UUID supplierId, UUID warehouseId, LocalDate expectedOn, String currency, List<OrderedItem> items) {

        public NewPurchaseOrder {
            items = List.copyOf(items);
        }
    }

    /** One item to order: how many eaches, at what cost each. */
    public record OrderedItem(Item item, BigDecimal quantity, BigDecimal unitCost) {
    }

    /** Places a purchase order; the receivers of its warehouse see it on their handhelds. */
    public PurchaseOrder open(EntityManager em, NewPurchaseOrder order) {
        Supplier supplier = em.find(Supplier.class, order.supplierId());
        if (supplier == null) {
            throw new ProblemException(ProblemType.UNKNOWN_REFERENCE, "supplier " + order.supplierId() + " does not exist");
        }
        if (inventory.warehouse(em, order.warehouseId()).isEmpty()) {
            throw new ProblemException(ProblemType.UNKNOWN_REFERENCE, "warehouse " + order.warehouseId() + " does not exist");
        }
        if (order.items().isEmpty()) {
            throw ProblemException.invalid("items", "a purchase order has at least one item");
        }
        PurchaseOrder purchaseOrder = new PurchaseOrder(UuidV7.next(), nextNumber(em), supplier, order, clock.instant());
        for (int i = 0; i < order.items().size(); i++) {
            OrderedItem item = order.items().get(i);
            if (item.quantity().signum() <= 0 || item.unitCost().signum() < 0) {
                throw ProblemException.invalid("items[" + i + "]", "orders a positive quantity at a cost of zero or more");
            }
            purchaseOrder.addLine(new PurchaseOrderLine(UuidV7.next(), purchaseOrder, i + 1, item));
        }
        em.persist(purchaseOrder);
        publish(em, purchaseOrder);
        return purchaseOrder;
    }

    /** A pallet as the supplier announces it: its SSCC and what is on it. */
    public record AnnouncedPallet(String sscc, List<AnnouncedLine> lines) {
    }

    /** So many eaches of an item of the order (named by its SKU or GTIN) on a pallet, with their lot and expiry. */
    public record AnnouncedLine(String item, BigDecimal quantity, String lot, LocalDate expiry) {
    }

    /**
     * Records the supplier's advance ship notice for an open order: each pallet by its SSCC with what
     * is on it, so a receiver scans the pallet's label once. Anything wrong (an SSCC that is not one or
     * is announced already, an item not on the order, a quantity of nothing) is refused and nothing is
     * recorded. {@code warehouseId}: the caller's warehouse, or null for someone who works for all.
     */
    public PurchaseOrder announce(EntityManager em, UUID purchaseOrderId, List<AnnouncedPallet> pallets, UUID warehouseId) {
        PurchaseOrder order = Optional.ofNullable(em.find(PurchaseOrder.class, purchaseOrderId, LockModeType.PESSIMISTIC_FORCE_INCREMENT))
                .orElseThrow(() -> ProblemException.notFound("purchase order " + purchaseOrderId));
        if (warehouseId != null && !order.warehouseId().equals(warehouseId)) {
            throw new ProblemException(ProblemType.FORBIDDEN, order.number() + " is for another warehouse than yours");
        }
        if (order.status() != PurchaseOrderStatus.OPEN) {
            throw ProblemException.invalidState(order.number() + " has been received in full; nothing more is expected on it");
        }
        if (pallets == null || pallets.isEmpty()) {
            throw ProblemException.invalid("pallets", "announce at least one pallet");
        }
        Set<String> seen = new HashSet<>();
        for (int p = 0; p < pallets.size(); p++) {
            AnnouncedPallet announced = pallets.get(p);
            String field = "pallets[" + p + "]";
            Sscc sscc = sscc(field + ".sscc", announced.sscc());
            if (!seen.add(sscc.digits()) || em.createQuery("select count(a) from AsnPallet a where a.sscc = :sscc", Long.class)
                    .setParameter("sscc", sscc.digits()).getSingleResult() > 0) {
                throw ProblemException.invalid(field + ".sscc", "pallet " + sscc.digits() + " is announced already");
            }
            if (announced.lines() == null || announced.lines().isEmpty()) {
                throw ProblemException.invalid(field + ".lines", "say what is on pallet " + sscc.digits());
            }
            AsnPallet pallet = new AsnPallet(UuidV7.next(), order, sscc.digits(), clock.instant());
            for (int l = 0; l < announced.lines().size(); l++) {
                pallet.add(palletLine(order, pallet, field + ".lines[" + l + "]", announced.lines().get(l)));
            }
            order.announce(pallet);
        }
        publish(em, order);
        return order;
    }

    private static Sscc sscc(String field, String digits) {
        try {
            return new Sscc(digits == null ? "" : digits.strip());
        } catch (Gs1FormatException e) {
            throw ProblemException.invalid(field, e.getMessage());
        }
    }

    private static AsnPalletLine palletLine(PurchaseOrder order, AsnPallet pallet, String field, AnnouncedLine line) {
        PurchaseOrderView.Line ordered = order.view().lineFor(line.item()).orElseThrow(() -> ProblemException.invalid(field + ".item",
                line.item() + " is not on " + order.number()));
        if (line.quantity() == null || line.quantity().signum() <= 0) {
            throw ProblemException.invalid(field + ".quantity", "must be more than zero");
        }
        QuantityPrecision.problemWith(line.quantity()).ifPresent(problem -> {
            throw ProblemException.invalid(field + ".quantity", problem);
        });
        if (line.lot() != null && (line.lot().isBlank() || line.lot().length() > ReceiveGoods.LOT_LENGTH)) {
            throw ProblemException.invalid(field + ".lot", "has 1 to " + ReceiveGoods.LOT_LENGTH + " characters");
        }
        return new AsnPalletLine(UuidV7.next(), pallet, ordered.id(), line.quantity(), line.lot(), line.expiry());
    }

    /** A receiver's word that a barcode Depot does not know is on the case of a line's item. */
    public record CaseLink(UUID purchaseOrderId, UUID lineId, Gtin gtin, Actor receiver, UUID warehouseId) {
    }

    /** The case as it is now known: its barcode and how many eaches it holds. */
    public record LinkedCase(String sku, Gtin gtin, int eaches) {
    }

    /**
     * Makes a barcode the case barcode of a line's item, as the catalog packs it, and tells every
     * open purchase order of the item, so every receiving handheld can scan it. The same link twice
     * is one link; a barcode that names another item or its case, or an item whose case already has
     * another barcode, is refused and nothing changes.
     */
    public LinkedCase linkCase(EntityManager em, CaseLink link) {
        PurchaseOrder order = receivable(em, link.purchaseOrderId(), link.warehouseId());
        PurchaseOrderLine line = order.line(link.lineId()).orElseThrow(() -> ProblemException.invalid("lineId",
                "line " + link.lineId() + " is not on " + order.number()));
        Item item = em.find(Item.class, line.itemId(), LockModeType.PESSIMISTIC_WRITE);
        int eaches = item.packaging().eachesPerCase();
        Optional<Gtin> known = item.caseGtin();
        if (known.filter(link.gtin()::equals).isPresent()) {
            return new LinkedCase(item.sku(), link.gtin(), eaches);
        }
        if (known.isPresent()) {
            throw ProblemException.invalid("gtin", item.sku() + "'s case has barcode " + known.get().shortForm() + ", so "
                    + link.gtin().shortForm() + " is something else: set the goods aside and tell the office");
        }
        catalog.setCaseGtin(em, item, link.gtin());
        audit.record(em, link.receiver(), "CASE_BARCODE_LINKED", item.sku(),
                "case " + link.gtin() + " of " + eaches + " each, scanned on " + order.number());
        List<PurchaseOrderLine> open = em.createQuery("select l from PurchaseOrderLine l where l.itemId = :item and l.order.status = :open",
                        PurchaseOrderLine.class)
                .setParameter("item", item.id()).setParameter("open", PurchaseOrderStatus.OPEN).getResultList();
        open.forEach(l -> l.knowCase(link.gtin(), eaches));
        for (PurchaseOrder changed : open.stream().map(PurchaseOrderLine::order).distinct().toList()) {
            if (changed != order) {
                em.lock(changed, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            }
            publish(em, changed);
        }
        return new LinkedCase(item.sku(), link.gtin(), eaches);
    }

    /** Goods a receiver scanned in against a purchase order. */
    public record Receipt(UUID purchaseOrderId, String itemCode, BigDecimal quantity, String lot, LocalDate expiry, String sscc,
                          boolean damaged, Receiver receiver, Instant occurredAt) {
    }

    /** Who received, and the warehouse they work in. */
    public record Receiver(UUID userId, UUID warehouseId) {
    }

    /** What became of a receipt: where the goods are to go, and a note when the line ran over its tolerance. */
    public record Received(String locationCode, PurchaseOrderView.Line line, boolean overTolerance, String message) {
    }

    /**
     * Books a receipt: stock into the warehouse's receiving area (quarantine when damaged) at the
     * line's cost, inventory against goods received not invoiced, the line counted up. An order of
     * another warehouse, or an item that is on no line of the order, is refused and nothing moves.
     */
    public Received receive(EntityManager em, Receipt receipt) {
        PurchaseOrder order = receivable(em, receipt.purchaseOrderId(), receipt.receiver().warehouseId());
        PurchaseOrderLine line = order.view().lineFor(receipt.itemCode()).flatMap(l -> order.line(l.id()))
                .orElseThrow(() -> ProblemException.invalid("itemCode", receipt.itemCode() + " is not on " + order.number()
                        + "; set the goods aside and tell the office"));
        Location location = inventory.first(em, order.warehouseId(), receipt.damaged() ? LocationType.QUARANTINE : LocationType.RECEIVING);
        Inventory.Booked received = inventory.receive(em, new Movement(line.itemId(), null, location, receipt.quantity(),
                        MovementReason.RECEIPT, new Movement.SourceDocument("PURCHASE_ORDER", order.id()), receipt.occurredAt(),
                        receipt.receiver().userId(), Movement.Lot.of(receipt.lot(), receipt.expiry())),
                Money.rounded(line.unitCost(), order.currency()));
        accounting.post(em, PostingRules.receipt(received.movementId(), received.value()));
        order.receive(line, receipt.quantity());
        GoodsReceipt goodsReceipt = new GoodsReceipt(UuidV7.next(), line, receipt, location.id(), received.movementId(), clock.instant());
        em.persist(goodsReceipt);
        if (!receipt.damaged()) {
            putaway.arrived(em, new Putaway.Arrival(Putaway.Receipt.fromSupplier(goodsReceipt.id()), order.number(), line.itemId(), line.sku(), line.gtin(),
                    line.itemName(), receipt.lot(), receipt.expiry(), location, receipt.quantity(), receipt.occurredAt()));
        }
        if (receipt.sscc() != null) {
            order.pallet(receipt.sscc()).ifPresent(pallet -> pallet.received(receipt.occurredAt()));
        }
        Supplier supplier = em.find(Supplier.class, order.supplierId());
        BigDecimal allowed = line.ordered().multiply(HUNDRED.add(supplier.overReceiptTolerance()))
                .divide(HUNDRED, 3, RoundingMode.DOWN);
        boolean overTolerance = line.received().compareTo(allowed) > 0;
        publish(em, order);
        return new Received(location.code(), line.view(), overTolerance, message(order, line, location, receipt, overTolerance));
    }

    /** The order to receive against, locked: one receipt or link at a time, each under a new version for the handhelds. */
    private static PurchaseOrder receivable(EntityManager em, UUID purchaseOrderId, UUID receiversWarehouse) {
        PurchaseOrder order = em.find(PurchaseOrder.class, purchaseOrderId, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        if (order == null) {
            throw new ProblemException(ProblemType.UNKNOWN_REFERENCE, "purchase order " + purchaseOrderId + " does not exist");
        }
        if (!order.warehouseId().equals(receiversWarehouse)) {
            throw new ProblemException(ProblemType.FORBIDDEN, order.number() + " is for another warehouse than yours");
        }
        return order;
    }

    public Optional<PurchaseOrder> byId(EntityManager em, UUID id) {
        return Optional.ofNullable(em.find(PurchaseOrder.class, id));
    }

    private static String message(PurchaseOrder order, PurchaseOrderLine line, Location location, Receipt receipt, boolean over) {
        String received = plain(receipt.quantity()) + " × " + line.sku() + " received on " + order.number()
                + (receipt.damaged() ? ", damaged: put it in quarantine (" + location.code() + ")" : " into " + location.code());
        if (over) {
            return received + ". That makes " + plain(line.received()) + " of " + plain(line.ordered())
                    + " ordered, beyond what the supplier may deliver over; a supervisor will check the delivery";
        }
        return received;
    }

    /** An item still to come on an open purchase order: on which order, when it is due, how many. */
    public record Due(String purchaseOrder, LocalDate expectedOn, BigDecimal outstanding) {
    }

    /** What open purchase orders of a warehouse still bring of an item, line by line, earliest due first. */
    public List<Due> dueIn(EntityManager em, UUID warehouseId, UUID itemId) {
        return em.createQuery("select new dev.depot.server.purchasing.PurchaseOrders.Due(p.number, p.expectedOn, l.ordered - l.received) "
                        + "from PurchaseOrderLine l join l.order p where p.warehouseId = :w and p.status = :open and l.itemId = :item "
                        + "and l.ordered > l.received order by p.expectedOn, p.number", Due.class)
                .setParameter("w", warehouseId).setParameter("open", PurchaseOrderStatus.OPEN).setParameter("item", itemId)
                .getResultList();
    }

    /** The open purchase orders of a warehouse, earliest due first: its receiving backlog. */
    public List<PurchaseOrder> openIn(EntityManager em, UUID warehouseId) {
        return em.createQuery("select p from PurchaseOrder p where p.warehouseId = :w and p.status = :open order by p.expectedOn, p.number",
                        PurchaseOrder.class)
                .setParameter("w", warehouseId).setParameter("open", PurchaseOrderStatus.OPEN).getResultList();
    }

    @Override
    public String entityType() {
        return PurchaseOrderView.TYPE;
    }

    @Override
    public List<ChangeEntry> page(EntityManager em, Scope scope, SnapshotPage page) {
        if (!scope.kind().equals("warehouse")) {
            return List.of();
        }
        return page.upserts(em.createQuery("select p from PurchaseOrder p where p.warehouseId = :w and p.status = :open and p.id > :after "
                        + "order by p.id", PurchaseOrder.class)
                        .setParameter("w", scope.id()).setParameter("open", PurchaseOrderStatus.OPEN),
                scope, PurchaseOrder::view, PurchaseOrder::version);
    }

    /** An open order goes to the warehouse's handhelds as it is now; a received one leaves them. */
    private void publish(EntityManager em, PurchaseOrder order) {
        em.flush();
        changes.publishWhile(order.status() == PurchaseOrderStatus.OPEN, em, order.view(), order.version(),
                List.of(Scope.warehouse(order.warehouseId())));
    }

    private static String nextNumber(EntityManager em) {
        long next = ((Number) em.createNativeQuery("SELECT nextval('purchase_order_number')").getSingleResult()).longValue();
        return "PO-" + String.format("%06d", next);
    }
}
