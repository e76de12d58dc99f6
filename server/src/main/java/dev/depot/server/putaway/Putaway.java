package dev.depot.server.putaway;

import static dev.depot.model.quantity.QuantityPrecision.plain;

import dev.depot.model.changes.ChangeEntry;
import dev.depot.model.changes.Scope;
import dev.depot.model.commands.PutawayOverride;
import dev.depot.model.ids.UuidV7;
import dev.depot.model.views.PutawayTaskView;
import dev.depot.server.inventory.Inventory;
import dev.depot.server.inventory.Location;
import dev.depot.server.inventory.LocationType;
import dev.depot.server.inventory.Movement;
import dev.depot.server.inventory.MovementReason;
import dev.depot.server.inventory.StockMovement;
import dev.depot.server.platform.ChangeLog;
import dev.depot.server.platform.ProblemException;
import dev.depot.server.platform.ProblemType;
import dev.depot.server.platform.SnapshotPage;
import dev.depot.server.platform.SnapshotSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The putaway capability: goods received sound wait in receiving as a putaway task with a suggested
 * bin (see {@link PutawayRules}), on the warehouse's handhelds while open; a receiver scans the bin
 * the goods went into. A putaway is a physical fact: another bin than suggested (with the reason
 * given), part of the goods, or more than the task said all stand as scanned. A code that is no
 * storage bin of the warehouse is refused, and nothing moves.
 */
public final class Putaway implements SnapshotSource {

    private final Clock clock;
    private final Inventory inventory;
    private final ChangeLog changes;

    public Putaway(Clock clock, Inventory inventory, ChangeLog changes) {
        this.clock = clock;
        this.inventory = inventory;
        this.changes = changes;
    }

    /** Goods just booked into a receiving location, from one receipt, of a purchase order or of a transfer (its number). */
    public record Arrival(Receipt receipt, String documentNumber, UUID itemId, String sku, String gtin, String itemName,
                          String lot, LocalDate expiresOn, Location from, BigDecimal quantity, Instant receivedAt) {
    }

    /** The receipt goods came with: from a supplier, or from another warehouse. */
    public record Receipt(UUID goodsReceiptId, UUID transferReceiptId) {

        public static Receipt fromSupplier(UUID goodsReceiptId) {
            return new Receipt(Objects.requireNonNull(goodsReceiptId), null);
        }

        public static Receipt fromTransfer(UUID transferReceiptId) {
            return new Receipt(null, Objects.requireNonNull(transferReceiptId));
        }
    }

    /** The goods wait for putaway, with the bin the rules suggest held for them. */
    public PutawayTask arrived(EntityManager em, Arrival arrival) {
        PutawayTask task = new PutawayTask(UuidV7.next(), arrival);
        task.suggest(PutawayRules.suggest(task.itemId(), arrival.quantity(), bins(em, task.warehouseId(), task.itemId())).orElse(null));
        em.persist(task);
        publish(em, task);
        return task;
    }

    /** What a receiver scanned: goods of a task into a bin, with the reason when it is not the suggested one. */
    public record Scanned(UUID taskId, String binCode, BigDecimal quantity, PutawayOverride overrideReason, Receiver receiver,
                          Instant occurredAt) {
    }

    /** Who put the goods away, and the warehouse they work in. */
    public record Receiver(UUID userId, UUID warehouseId) {
    }

    /**
     * What became of a putaway: the bin, what is left in receiving and where that should go, and a
     * note when the scan contradicted the task.
     */
    public record PutAwayResult(String binCode, BigDecimal remaining, String nextSuggestion, String note) {

        public boolean hasNote() {
            return note != null;
        }
    }

    /**
     * Moves the scanned quantity from receiving into the scanned bin; what is left of the task gets
     * a new suggestion, since the bin it was headed for may now be fuller than the rules thought.
     */
    public PutAwayResult putAway(EntityManager em, Scanned scanned) {
        PutawayTask task = em.find(PutawayTask.class, scanned.taskId(), LockModeType.PESSIMISTIC_WRITE);
        if (task == null) {
            throw new ProblemException(ProblemType.UNKNOWN_REFERENCE, "putaway task " + scanned.taskId() + " does not exist");
        }
        if (!task.warehouseId().equals(scanned.receiver().warehouseId())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "putaway task " + task.id() + " belongs to another warehouse than yours");
        }
        Location bin = inventory.location(em, task.warehouseId(), scanned.binCode().strip())
                .filter(l -> l.type() == LocationType.STORAGE)
                .orElseThrow(() -> ProblemException.invalid("binCode", scanned.binCode() + " is not a storage bin of this warehouse; "
                        + "scan the label of the bin you put the goods in"));
        boolean wasOpen = task.isOpen();
        BigDecimal waiting = task.remaining();
        boolean suggested = bin.id().equals(task.suggestedLocationId());
        StockMovement line = inventory.move(em, new Movement(task.itemId(), inventory.location(em, task.fromLocationId()), bin,
                scanned.quantity(), MovementReason.PUTAWAY, new Movement.SourceDocument("PUTAWAY_TASK", task.id()), scanned.occurredAt(),
                scanned.receiver().userId(), Movement.Lot.of(task.lot(), task.expiresOn())));
        em.persist(new PutawayScan(UuidV7.next(), task, scanned, bin.id(), suggested, line.id(), clock.instant()));
        task.putAway(scanned.quantity(), scanned.occurredAt());
        if (task.isOpen()) {
            task.suggest(null);
            em.flush(); // what is left must not count as promised to the bin it was headed for
            task.suggest(PutawayRules.suggest(task.itemId(), task.remaining(), bins(em, task.warehouseId(), task.itemId())).orElse(null));
        }
        publish(em, task);
        String note = null;
        if (!wasOpen) {
            note = "This putaway was already done: " + plain(scanned.quantity()) + " more " + task.sku() + " booked out of "
                    + task.fromCode() + " into " + bin.code() + "; a supervisor will count " + task.fromCode();
        } else if (scanned.quantity().compareTo(waiting) > 0) {
            note = plain(scanned.quantity()) + " put away where " + plain(waiting) + " waited in " + task.fromCode()
                    + "; a supervisor will count " + task.fromCode();
        }
        return new PutAwayResult(bin.code(), task.remaining(), task.suggestedCode(), note);
    }

    /** What waits in a warehouse's receiving area to be put away, oldest first: its putaway queue. */
    public List<PutawayTask> queue(EntityManager em, UUID warehouseId) {
        return em.createQuery("select t from PutawayTask t where t.warehouseId = :w and t.status = :open order by t.receivedAt, t.id",
                        PutawayTask.class)
                .setParameter("w", warehouseId).setParameter("open", PutawayTask.Status.OPEN).getResultList();
    }

    /**
     * The warehouse's storage bins with what each holds and is promised (open putaways headed there),
     * all items together, whether it holds (or is to get) the item, and whether anything in it is on hold.
     */
    private static List<PutawayRules.Bin> bins(EntityManager em, UUID warehouseId, UUID itemId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT l.id, l.code, l.walk_sequence, l.zone, l.capacity, l.pick_face_item_id,
                               COALESCE(s.stored, 0) + COALESCE(p.promised, 0),
                               CASE WHEN COALESCE(s.of_item, 0) > 0 OR COALESCE(p.of_item, 0) > 0 THEN 1 ELSE 0 END,
                               CASE WHEN COALESCE(s.held, 0) > 0 THEN 1 ELSE 0 END
                        FROM location l
                        LEFT JOIN (SELECT b.location_id, SUM(GREATEST(b.quantity, 0)) AS stored,
                                          SUM(CASE WHEN b.item_id = ? AND b.quantity > 0 THEN 1 ELSE 0 END) AS of_item,
                                          SUM(CASE WHEN b.held_since IS NOT NULL THEN 1 ELSE 0 END) AS held
                                   FROM stock_balance b JOIN location bl ON bl.id = b.location_id
                                   WHERE bl.warehouse_id = ? GROUP BY b.location_id) s ON s.location_id = l.id
                        LEFT JOIN (SELECT t.suggested_location_id, SUM(t.quantity - t.put_away_quantity) AS promised,
                                          SUM(CASE WHEN t.item_id = ? THEN 1 ELSE 0 END) AS of_item
                                   FROM putaway_task t WHERE t.warehouse_id = ? AND t.status = 'OPEN'
                                   GROUP BY t.suggested_location_id) p ON p.suggested_location_id = l.id
                        WHERE l.warehouse_id = ? AND l.type = 'STORAGE'""")
                .setParameter(1, itemId).setParameter(2, warehouseId).setParameter(3, itemId).setParameter(4, warehouseId)
                .setParameter(5, warehouseId)
                .getResultList();
        return rows.stream().map(r -> new PutawayRules.Bin((UUID) r[0], (String) r[1], ((Number) r[2]).intValue(), (String) r[3],
                (BigDecimal) r[4], (UUID) r[5], decimal(r[6]), ((Number) r[7]).intValue() > 0, ((Number) r[8]).intValue() > 0)).toList();
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(Objects.toString(value));
    }

    @Override
    public String entityType() {
        return PutawayTaskView.TYPE;
    }

    @Override
    public List<ChangeEntry> page(EntityManager em, Scope scope, SnapshotPage page) {
        if (!scope.kind().equals("warehouse")) {
            return List.of();
        }
        return page.upserts(em.createQuery("select t from PutawayTask t where t.warehouseId = :w and t.status = :open and t.id > :after "
                                + "order by t.id", PutawayTask.class)
                        .setParameter("w", scope.id()).setParameter("open", PutawayTask.Status.OPEN),
                scope, PutawayTask::view, PutawayTask::version);
    }

    /** An open task goes to the warehouse's handhelds as it is now; a done one leaves them. */
    private void publish(EntityManager em, PutawayTask task) {
        em.flush();
        changes.publishWhile(task.isOpen(), em, task.view(), task.version(), List.of(Scope.warehouse(task.warehouseId())));
    }
}
