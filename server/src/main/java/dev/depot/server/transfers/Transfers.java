package dev.depot.server.transfers;

import static dev.depot.model.quantity.QuantityPrecision.plain;

import dev.depot.model.changes.ChangeEntry;
import dev.depot.model.changes.Scope;
import dev.depot.model.ids.UuidV7;
import dev.depot.model.money.Money;
import dev.depot.model.quantity.QuantityPrecision;
import dev.depot.model.views.TransferView;
import dev.depot.server.accounting.Accounting;
import dev.depot.server.accounting.PostingRules;
import dev.depot.server.audit.Actor;
import dev.depot.server.audit.Audit;
import dev.depot.server.catalog.Catalog;
import dev.depot.server.catalog.Item;
import dev.depot.server.catalog.ItemCodes;
import dev.depot.server.inventory.BinStock;
import dev.depot.server.inventory.Inventory;
import dev.depot.server.inventory.Location;
import dev.depot.server.inventory.LocationType;
import dev.depot.server.inventory.Movement;
import dev.depot.server.inventory.MovementReason;
import dev.depot.server.inventory.Warehouse;
import dev.depot.server.platform.ChangeLog;
import dev.depot.server.platform.ProblemException;
import dev.depot.server.platform.ProblemType;
import dev.depot.server.platform.SnapshotPage;
import dev.depot.server.platform.SnapshotSource;
import dev.depot.server.putaway.Putaway;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Transfers between warehouses. Opening one reserves its goods at the sender (so they are not
 * promised twice) and suggests a bin for each line; pickers load it by scan onto the sender's dock;
 * dispatch moves what was loaded into the receiving warehouse's in-transit location, at
 * moving-average cost (inventory → inventory in transit); receivers scan it into receiving there
 * (back into inventory at the same cost), and it is put away like any receipt. Loads and receipts are
 * physical facts: recorded as scanned, with a note when they differ from the transfer.
 */
public final class Transfers implements SnapshotSource {

    /** The sender's dock, where loaded goods wait for the truck, when the warehouse has no shipping area yet. */
    static final String DOCK = "SHIP-01";
    /** Where goods on their way to a warehouse are on its books. */
    static final String IN_TRANSIT = "IN-TRANSIT";

    private final Clock clock;
    private final Inventory inventory;
    private final Catalog catalog;
    private final Accounting accounting;
    private final Putaway putaway;
    private final Audit audit;
    private final ChangeLog changes;

    public Transfers(Clock clock, Inventory inventory, Catalog catalog, Accounting accounting, Putaway putaway, Audit audit,
                     ChangeLog changes) {
        this.clock = clock;
        this.inventory = inventory;
        this.catalog = catalog;
        this.accounting = accounting;
        this.putaway = putaway;
        this.audit = audit;
        this.changes = changes;
    }

    /** A transfer as a supervisor asks for it: from where to where (warehouse codes), when it should arrive, what. */
    public record NewTransfer(String from, String to, LocalDate expectedOn, List<Wanted> lines) {
    }

    /** So many eaches of an item (its SKU). */
    public record Wanted(String item, BigDecimal quantity) {
    }

    /**
     * Opens a transfer, checked whole: two different warehouses, a date, items known to the catalog
     * each once, quantities the sender has available. Each line's goods are reserved at the sender;
     * if one line cannot be, nothing is opened. {@code callersWarehouse} is the sender a supervisor
     * must work at (null for an administrator).
     */
    public Transfer open(EntityManager em, NewTransfer wanted, Actor by, UUID callersWarehouse) {
        Warehouse from = warehouse(em, "from", wanted.from());
        Warehouse to = warehouse(em, "to", wanted.to());
        if (from.id().equals(to.id())) {
            throw ProblemException.invalid("to", "a transfer goes to another warehouse than " + from.code());
        }
        if (callersWarehouse != null && !callersWarehouse.equals(from.id())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "only " + from.code() + "'s supervisors or an administrator send its stock");
        }
        if (wanted.expectedOn() == null || wanted.expectedOn().isBefore(LocalDate.now(clock))) {
            throw ProblemException.invalid("expectedOn", "say the day it should arrive, today or later");
        }
        if (wanted.lines() == null || wanted.lines().isEmpty()) {
            throw ProblemException.invalid("lines", "a transfer moves at least one item");
        }
        Transfer transfer = new Transfer(UuidV7.next(), nextNumber(em), from.id(), to.id(), wanted.expectedOn(), by.userId(),
                clock.instant());
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < wanted.lines().size(); i++) {
            String field = "lines[" + i + "]";
            Wanted line = wanted.lines().get(i);
            Item item = catalog.bySku(em, line.item() == null ? "" : line.item().strip())
                    .orElseThrow(() -> ProblemException.invalid(field + ".item", "no item " + line.item()));
            if (!seen.add(item.id())) {
                throw ProblemException.invalid(field + ".item", item.sku() + " is on the transfer already");
            }
            quantity(field + ".quantity", line.quantity());
            TransferLine added = new TransferLine(UuidV7.next(), transfer, i + 1, item, line.quantity(), suggestedBin(em, item.id(), from.id()));
            BigDecimal reserved = inventory.reserve(em, transfer.id(), added.id(), item.id(), from.id(), line.quantity());
            if (reserved.compareTo(line.quantity()) < 0) {
                throw ProblemException.invalid(field + ".quantity", from.code() + " has " + plain(reserved) + " of " + item.sku()
                        + " available, not " + plain(line.quantity()));
            }
            transfer.addLine(added);
        }
        em.persist(transfer);
        audit.record(em, by, "TRANSFER_OPENED", transfer.number(), from.code() + " → " + to.code() + ": " + describe(transfer));
        publish(em, transfer);
        return transfer;
    }

    private static void quantity(String field, BigDecimal quantity) {
        if (quantity == null || quantity.signum() <= 0) {
            throw ProblemException.invalid(field, "must be more than zero");
        }
        QuantityPrecision.problemWith(quantity).ifPresent(problem -> {
            throw ProblemException.invalid(field, problem);
        });
    }

    /** The reserve bin holding most of the item (a pick face only when nothing else holds it): one trip, the faces left to pickers. */
    private Location suggestedBin(EntityManager em, UUID itemId, UUID warehouseId) {
        return inventory.binsWithStock(em, itemId, warehouseId).stream()
                .max(Comparator.comparing((BinStock bin) -> inventory.location(em, bin.locationId()).rules().pickFaceItemId() == null)
                        .thenComparing(BinStock::quantity))
                .map(bin -> inventory.location(em, bin.locationId()))
                .orElse(null);
    }

    /** A picker's scan-confirmed load: from which bin, which item, how many, for which line. */
    public record Load(UUID transferId, UUID lineId, String fromCode, String itemCode, BigDecimal quantity, UUID by, UUID warehouseId,
                       Instant occurredAt) {
    }

    /** What became of a load: what is left to load on the line, and a note when it was not as the transfer said. */
    public record Loaded(String dockCode, BigDecimal remaining, String note) {

        public boolean hasNote() {
            return note != null;
        }
    }

    /**
     * Records a load: the stock goes from the scanned bin onto the sender's dock, and its reservation
     * is used up. Another bin, more than the line asked for, or a transfer already on the road is
     * recorded all the same, with a note. A code that is no storage bin of the warehouse, or another
     * item than the line's, is refused and nothing moves.
     */
    public Loaded load(EntityManager em, Load load) {
        Transfer transfer = locked(em, load.transferId());
        if (!transfer.fromWarehouseId().equals(load.warehouseId())) {
            throw new ProblemException(ProblemType.FORBIDDEN, transfer.number() + " is sent by another warehouse than yours");
        }
        TransferLine line = transfer.line(load.lineId()).orElseThrow(() -> ProblemException.invalid("lineId",
                "line " + load.lineId() + " is not on " + transfer.number()));
        if (!ItemCodes.name(line.sku(), line.gtin(), load.itemCode())) {
            throw ProblemException.invalid("itemCode", "scanned " + load.itemCode() + " but the line is for " + line.sku()
                    + "; put it back and scan the right item");
        }
        Location bin = inventory.location(em, transfer.fromWarehouseId(), load.fromCode().strip())
                .filter(l -> l.type() == LocationType.STORAGE)
                .orElseThrow(() -> ProblemException.invalid("fromBinCode", load.fromCode() + " is not a storage bin of this warehouse; "
                        + "scan the bin's label"));
        Location dock = inventory.area(em, transfer.fromWarehouseId(), LocationType.SHIP, DOCK, 950);
        List<String> notes = new ArrayList<>();
        if (transfer.status() != TransferStatus.LOADING) {
            notes.add(transfer.number() + " had left already; the goods wait at " + dock.code() + " for the next truck");
        } else if (load.quantity().compareTo(line.quantity().subtract(line.loaded())) > 0) {
            notes.add("loaded " + plain(load.quantity()) + " where " + plain(line.quantity().subtract(line.loaded()).max(BigDecimal.ZERO))
                    + " were asked for");
        }
        if (line.fromCode() != null && !bin.code().equals(line.fromCode())) {
            notes.add("taken from " + bin.code() + ", not " + line.fromCode());
        }
        inventory.move(em, new Movement(line.itemId(), bin, dock, load.quantity(), MovementReason.TRANSFER,
                new Movement.SourceDocument("TRANSFER", transfer.id()), load.occurredAt(), load.by()));
        inventory.consumeReservation(em, line.id(), load.quantity());
        line.load(load.quantity());
        publish(em, transfer);
        return new Loaded(dock.code(), line.quantity().subtract(line.loaded()).max(BigDecimal.ZERO),
                notes.isEmpty() ? null : String.join("; ", notes));
    }

    /**
     * The truck leaves: what was loaded moves from the sender's dock into the receiving warehouse's
     * in-transit location at moving-average cost, and what was not loaded is no longer reserved.
     * Refused when nothing was loaded, or the transfer left already.
     */
    public Transfer dispatch(EntityManager em, UUID transferId, Actor by, UUID callersWarehouse) {
        if (byId(em, transferId).isEmpty()) {
            throw ProblemException.notFound("transfer " + transferId);
        }
        Transfer transfer = locked(em, transferId);
        if (callersWarehouse != null && !callersWarehouse.equals(transfer.fromWarehouseId())) {
            throw new ProblemException(ProblemType.FORBIDDEN, transfer.number() + " is sent by another warehouse than yours");
        }
        if (transfer.status() != TransferStatus.LOADING) {
            throw ProblemException.invalidState(transfer.number() + " left on " + transfer.dispatchedAt() + " already");
        }
        if (transfer.lines().stream().allMatch(l -> l.loaded().signum() == 0)) {
            throw ProblemException.invalidState("nothing of " + transfer.number() + " has been loaded yet; load it first");
        }
        Location dock = inventory.area(em, transfer.fromWarehouseId(), LocationType.SHIP, DOCK, 950);
        Location transit = inventory.area(em, transfer.toWarehouseId(), LocationType.TRANSIT, IN_TRANSIT, 990);
        Instant now = clock.instant();
        Money value = null;
        for (TransferLine line : transfer.lines()) {
            inventory.releaseReservation(em, line.id());
            Item item = catalog.byId(em, line.itemId()).orElseThrow();
            Money unitCost = inventory.averageCost(em, line.itemId(), item.standardCost());
            line.dispatchedAt(unitCost);
            if (line.loaded().signum() > 0) {
                inventory.move(em, new Movement(line.itemId(), dock, transit, line.loaded(), MovementReason.TRANSFER,
                        new Movement.SourceDocument("TRANSFER", transfer.id()), now, by.userId()));
                Money cost = Money.rounded(unitCost.amount().multiply(line.loaded()), unitCost.currency());
                value = value == null ? cost : value.plus(cost);
            }
        }
        transfer.dispatched(by.userId(), now);
        if (!value.isZero()) {
            accounting.post(em, PostingRules.transferDispatch(transfer.id(), transfer.number(), value));
        }
        audit.record(em, by, "TRANSFER_DISPATCHED", transfer.number(), describe(transfer));
        publish(em, transfer);
        return transfer;
    }

    /** Goods a receiver scanned in from a transfer. */
    public record Receipt(UUID transferId, String itemCode, BigDecimal quantity, boolean damaged, Receiver receiver, Instant occurredAt) {
    }

    /** Who received, and the warehouse they work in. */
    public record Receiver(UUID userId, UUID warehouseId) {
    }

    /** What became of a receipt: where the goods are to go, what is still to come on the line, and a note when it differs. */
    public record Received(String locationCode, BigDecimal stillToCome, String message, boolean differs) {
    }

    /**
     * Books a receipt at the receiving warehouse: the goods move from in-transit into receiving
     * (quarantine when damaged) at the cost they travelled at, and wait for putaway. More than was
     * loaded is recorded all the same, with a note for the supervisor. A transfer that has not left,
     * of another warehouse, or an item that is on none of its lines is refused and nothing moves.
     */
    public Received receive(EntityManager em, Receipt receipt) {
        Transfer transfer = locked(em, receipt.transferId());
        if (!transfer.toWarehouseId().equals(receipt.receiver().warehouseId())) {
            throw new ProblemException(ProblemType.FORBIDDEN, transfer.number() + " goes to another warehouse than yours");
        }
        if (transfer.status() == TransferStatus.LOADING) {
            throw ProblemException.invalidState(transfer.number() + " has not left " + code(em, transfer.fromWarehouseId())
                    + " yet; set the goods aside and tell the office");
        }
        if (transfer.status() == TransferStatus.CLOSED_SHORT) {
            throw ProblemException.invalidState(transfer.number() + " was closed with what had come and the rest written off; "
                    + "set the goods aside and tell the office");
        }
        TransferLine line = transfer.lines().stream().filter(l -> ItemCodes.name(l.sku(), l.gtin(), receipt.itemCode())).findFirst()
                .orElseThrow(() -> ProblemException.invalid("itemCode", receipt.itemCode() + " is not on " + transfer.number()
                        + "; set the goods aside and tell the office"));
        Location transit = inventory.area(em, transfer.toWarehouseId(), LocationType.TRANSIT, IN_TRANSIT, 990);
        Location into = inventory.first(em, transfer.toWarehouseId(), receipt.damaged() ? LocationType.QUARANTINE : LocationType.RECEIVING);
        UUID id = UuidV7.next();
        UUID movement = inventory.move(em, new Movement(line.itemId(), transit, into, receipt.quantity(), MovementReason.TRANSFER,
                new Movement.SourceDocument("TRANSFER", transfer.id()), receipt.occurredAt(), receipt.receiver().userId())).id();
        Money cost = Money.rounded(line.unitCost().amount().multiply(receipt.quantity()), line.unitCost().currency());
        em.persist(new TransferReceipt(id, line, receipt, into.id(), movement, clock.instant()));
        em.flush(); // the journal and the putaway task name the receipt
        if (!cost.isZero()) {
            accounting.post(em, PostingRules.transferReceipt(id, transfer.number(), cost));
        }
        transfer.receive(line, receipt.quantity(), clock.instant());
        if (!receipt.damaged()) {
            putaway.arrived(em, new Putaway.Arrival(Putaway.Receipt.fromTransfer(id), transfer.number(), line.itemId(), line.sku(),
                    line.gtin(), line.itemName(), null, null, into, receipt.quantity(), receipt.occurredAt()));
        }
        publish(em, transfer);
        BigDecimal stillToCome = line.loaded().subtract(line.received()).max(BigDecimal.ZERO);
        boolean over = line.received().compareTo(line.loaded()) > 0;
        String received = plain(receipt.quantity()) + " × " + line.sku() + " received from " + transfer.number()
                + (receipt.damaged() ? ", damaged: put it in quarantine (" + into.code() + ")" : " into " + into.code());
        return new Received(into.code(), stillToCome, over ? received + ". That makes " + plain(line.received()) + " where "
                + plain(line.loaded()) + " were loaded; a supervisor will check the delivery" : received, over);
    }

    /**
     * The receiving warehouse settles for what came: what was loaded and has not arrived is written
     * off out of in-transit, at the cost it travelled at (Dr inventory adjustments, Cr inventory in
     * transit), and the transfer is done. Only a transfer on the road with something missing can be
     * closed, by a supervisor of the receiving warehouse (or an administrator), with a reason.
     */
    public Transfer closeShort(EntityManager em, UUID transferId, String reason, Actor by, UUID callersWarehouse) {
        if (byId(em, transferId).isEmpty()) {
            throw ProblemException.notFound("transfer " + transferId);
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 200) {
            throw ProblemException.invalid("reason", "say in 1 to 200 characters why the rest will not come");
        }
        Transfer transfer = locked(em, transferId);
        if (callersWarehouse != null && !callersWarehouse.equals(transfer.toWarehouseId())) {
            throw new ProblemException(ProblemType.FORBIDDEN, transfer.number() + " goes to another warehouse than yours");
        }
        if (transfer.status() != TransferStatus.IN_TRANSIT) {
            throw ProblemException.invalidState(transfer.number() + (transfer.status() == TransferStatus.LOADING
                    ? " has not left yet; the sender can load less and dispatch it" : " is done already"));
        }
        Location transit = inventory.area(em, transfer.toWarehouseId(), LocationType.TRANSIT, IN_TRANSIT, 990);
        Instant now = clock.instant();
        Money lost = null;
        for (TransferLine line : transfer.lines()) {
            BigDecimal missing = line.loaded().subtract(line.received());
            if (missing.signum() > 0) {
                inventory.issue(em, new Movement(line.itemId(), transit, null, missing, MovementReason.WRITE_OFF,
                        new Movement.SourceDocument("TRANSFER", transfer.id()), now, by.userId()), line.unitCost().currency());
                Money cost = Money.rounded(line.unitCost().amount().multiply(missing), line.unitCost().currency());
                lost = lost == null ? cost : lost.plus(cost);
            }
        }
        if (lost == null) {
            throw ProblemException.invalidState("everything loaded on " + transfer.number() + " has come in; nothing is missing");
        }
        transfer.closeShort(by.userId(), why, now);
        if (!lost.isZero()) {
            accounting.post(em, PostingRules.transferLoss(transfer.id(), transfer.number(), lost));
        }
        audit.record(em, by, "TRANSFER_CLOSED_SHORT", transfer.number(), why);
        publish(em, transfer);
        return transfer;
    }

    public Optional<Transfer> byId(EntityManager em, UUID id) {
        return Optional.ofNullable(em.find(Transfer.class, id));
    }

    /** The transfers still under way that a warehouse sends or receives, the soonest due first. */
    public List<Transfer> underWay(EntityManager em, UUID warehouseId) {
        return em.createQuery("select t from Transfer t where (t.fromWarehouseId = :w or t.toWarehouseId = :w) and t.status in :underWay "
                        + "order by t.expectedOn, t.number", Transfer.class)
                .setParameter("w", warehouseId).setParameter("underWay", TransferStatus.UNDER_WAY).getResultList();
    }

    /** An item on its way to a warehouse: on which transfer, when it is due, how many are still to come. */
    public record Due(String transfer, LocalDate expectedOn, BigDecimal quantity) {
    }

    /**
     * What transfers still bring a warehouse of an item: while loading, all that was asked for (or
     * more, if more was loaded); once on the road, what was loaded; less what has been received.
     */
    public List<Due> dueIn(EntityManager em, UUID warehouseId, UUID itemId) {
        return em.createQuery("select l from TransferLine l join l.transfer t where t.toWarehouseId = :w and t.status in :underWay "
                        + "and l.itemId = :item order by t.expectedOn, t.number", TransferLine.class)
                .setParameter("w", warehouseId).setParameter("underWay", TransferStatus.UNDER_WAY).setParameter("item", itemId)
                .getResultList().stream()
                .map(l -> {
                    Transfer t = l.transfer();
                    BigDecimal coming = t.status() == TransferStatus.LOADING ? l.quantity().max(l.loaded()) : l.loaded();
                    return new Due(t.number(), t.expectedOn(), coming.subtract(l.received()));
                })
                .filter(due -> due.quantity().signum() > 0)
                .toList();
    }

    public TransferView view(EntityManager em, Transfer transfer) {
        return transfer.view(code(em, transfer.fromWarehouseId()), code(em, transfer.toWarehouseId()));
    }

    @Override
    public String entityType() {
        return TransferView.TYPE;
    }

    @Override
    public List<ChangeEntry> page(EntityManager em, Scope scope, SnapshotPage page) {
        if (!scope.kind().equals("warehouse")) {
            return List.of();
        }
        return page.upserts(em.createQuery("select t from Transfer t where ((t.fromWarehouseId = :w and t.status = :loading) "
                                + "or (t.toWarehouseId = :w and t.status in :underWay)) and t.id > :after order by t.id", Transfer.class)
                        .setParameter("w", scope.id()).setParameter("loading", TransferStatus.LOADING)
                        .setParameter("underWay", TransferStatus.UNDER_WAY),
                scope, t -> view(em, t), Transfer::version);
    }

    /** The sender's handhelds hold a transfer while it is loaded; the receiver's until all of it has come in. */
    private void publish(EntityManager em, Transfer transfer) {
        em.flush();
        TransferView view = view(em, transfer);
        changes.publishWhile(transfer.status() == TransferStatus.LOADING, em, view, transfer.version(),
                List.of(Scope.warehouse(transfer.fromWarehouseId())));
        changes.publishWhile(TransferStatus.UNDER_WAY.contains(transfer.status()), em, view, transfer.version(),
                List.of(Scope.warehouse(transfer.toWarehouseId())));
    }

    /** The transfer to work on, locked: one load, dispatch or receipt at a time, each under a new version for the handhelds. */
    private static Transfer locked(EntityManager em, UUID transferId) {
        Transfer transfer = em.find(Transfer.class, transferId, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        if (transfer == null) {
            throw new ProblemException(ProblemType.UNKNOWN_REFERENCE, "transfer " + transferId + " does not exist");
        }
        return transfer;
    }

    private Warehouse warehouse(EntityManager em, String field, String code) {
        return inventory.warehouses(em).stream().filter(w -> code != null && w.code().equalsIgnoreCase(code.strip())).findFirst()
                .orElseThrow(() -> ProblemException.invalid(field, "no warehouse " + code));
    }

    private String code(EntityManager em, UUID warehouseId) {
        return inventory.warehouse(em, warehouseId).map(Warehouse::code).orElseThrow();
    }

    private static String describe(Transfer transfer) {
        return String.join(", ", transfer.lines().stream().map(l -> plain(l.quantity()) + " × " + l.sku()
                + (l.loaded().signum() > 0 ? " (" + plain(l.loaded()) + " loaded)" : "")).toList());
    }

    private static String nextNumber(EntityManager em) {
        long next = ((Number) em.createNativeQuery("SELECT nextval('transfer_number')").getSingleResult()).longValue();
        return "T-" + String.format("%06d", next);
    }
}
