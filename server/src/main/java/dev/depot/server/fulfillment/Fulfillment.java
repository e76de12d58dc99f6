package dev.depot.server.fulfillment;

import static dev.depot.model.quantity.QuantityPrecision.plain;

import dev.depot.model.changes.ChangeEntry;
import dev.depot.model.changes.Scope;
import dev.depot.model.ids.UuidV7;
import dev.depot.model.views.PickTaskStatus;
import dev.depot.model.views.PickTaskView;
import dev.depot.server.catalog.ItemCodes;
import dev.depot.server.inventory.BinStock;
import dev.depot.server.inventory.Inventory;
import dev.depot.server.inventory.Location;
import dev.depot.server.inventory.LocationType;
import dev.depot.server.inventory.LotBalance;
import dev.depot.server.inventory.Movement;
import dev.depot.server.inventory.MovementReason;
import dev.depot.server.inventory.StockPositions;
import dev.depot.server.platform.ChangeLog;
import dev.depot.server.platform.ProblemException;
import dev.depot.server.platform.ProblemType;
import dev.depot.server.platform.SnapshotPage;
import dev.depot.server.platform.SnapshotSource;
import dev.depot.server.replenishment.Replenishment;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The fulfillment capability: turns released orders into pick tasks along the pick path, and records
 * the picks pickers confirm by scan. A pick is a physical fact: stock follows what was scanned, and
 * a pick that contradicts its task raises a warehouse exception instead of being refused.
 */
public final class Fulfillment implements SnapshotSource {

    private final Inventory inventory;
    private final ChangeLog changes;
    private final PickListener listener;
    private final WarehouseExceptions exceptions;
    private final Replenishment replenishment;

    public Fulfillment(Inventory inventory, ChangeLog changes, PickListener listener, WarehouseExceptions exceptions,
                       Replenishment replenishment) {
        this.inventory = inventory;
        this.changes = changes;
        this.listener = listener;
        this.exceptions = exceptions;
        this.replenishment = replenishment;
    }

    /**
     * Pick tasks for a released order: each line is taken from the bins that hold the item, first
     * expiring first, then nearest along the walk sequence, skipping stock already promised to other open tasks (picks, and
     * replenishments of pick faces).
     */
    public List<PickTask> createPickTasks(EntityManager em, PickRequest request) {
        List<PickTask> tasks = new ArrayList<>();
        for (PickRequest.Line line : request.lines()) {
            Allocation allocation = allocate(em, request, line);
            tasks.addAll(allocation.tasks());
            if (allocation.unallocated().signum() > 0) {
                List<BinStock> bins = inventory.binsWithStock(em, line.itemId(), request.warehouseId());
                if (bins.isEmpty()) {
                    throw ProblemException.invalidState("no storage bin in the warehouse holds " + line.sku());
                }
                // The bins hold less than the ledger promised: send the picker to the nearest one; a short pick will tell.
                tasks.add(task(em, request, line, bins.getFirst(), null, allocation.unallocated()));
            }
        }
        return tasks;
    }

    /**
     * Tasks for a line from the bins that hold the item, the one whose lot expires first first (FEFO),
     * then nearest first, skipping stock promised to other open tasks. Within a bin, a task takes one
     * lot, the first to expire first, so the picker is told which lot to take and the scan can check it;
     * stock kept without a lot comes last.
     */
    private Allocation allocate(EntityManager em, PickRequest request, PickRequest.Line line) {
        List<PickTask> tasks = new ArrayList<>();
        BigDecimal toAllocate = line.quantity();
        List<PickTask> open = openTasks(em, line.itemId(), request.warehouseId());
        Map<UUID, BigDecimal> promised = new HashMap<>();
        open.forEach(t -> promised.merge(t.locationId(), t.quantity(), BigDecimal::add));
        replenishment.leaving(em, line.itemId(), request.warehouseId()).forEach((bin, moving) -> promised.merge(bin, moving, BigDecimal::add));
        Map<UUID, List<LotBalance>> lots = inventory.lots(em, line.itemId(), request.warehouseId()).stream()
                .collect(Collectors.groupingBy(LotBalance::locationId));
        for (BinStock bin : inventory.binsFirstExpiringFirst(em, line.itemId(), request.warehouseId())) {
            BigDecimal free = bin.quantity().subtract(promised.getOrDefault(bin.locationId(), BigDecimal.ZERO));
            for (LotBalance lot : lots.getOrDefault(bin.locationId(), List.of())) {
                BigDecimal lotPromised = open.stream().filter(t -> t.locationId().equals(bin.locationId()) && lot.lot().equals(t.lotCode()))
                        .map(PickTask::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal take = lot.quantity().subtract(lotPromised).min(free).min(toAllocate);
                if (take.signum() > 0) {
                    tasks.add(task(em, request, line, bin, Movement.Lot.of(lot.lot(), lot.expiresOn()), take));
                    free = free.subtract(take);
                    toAllocate = toAllocate.subtract(take);
                }
            }
            BigDecimal take = free.min(toAllocate); // what the bin holds beyond its lots
            if (take.signum() > 0) {
                tasks.add(task(em, request, line, bin, null, take));
                toAllocate = toAllocate.subtract(take);
            }
        }
        return new Allocation(tasks, toAllocate);
    }

    private record Allocation(List<PickTask> tasks, BigDecimal unallocated) {
    }

    private PickTask task(EntityManager em, PickRequest request, PickRequest.Line line, BinStock bin, Movement.Lot lot,
                          BigDecimal quantity) {
        PickTask task = new PickTask(UuidV7.next(), request, line, new PickTask.Bin(bin.locationId(), bin.code(), bin.walkSequence(), lot),
                quantity);
        em.persist(task);
        publish(em, task);
        return task;
    }

    /**
     * Records a confirmed pick: stock moves from the bin the goods came from to the pack station, the
     * order hears of it, and a pick face left at its minimum is replenished. Where the pick
     * contradicts its task (already done, another bin, short), the pick still stands and an
     * exception is raised for a supervisor to reconcile. A bin code that is no storage bin of the
     * task's warehouse is refused, and nothing moves.
     */
    public PickOutcome confirmPick(EntityManager em, PickConfirmation pick) {
        PickTask task = taskToConfirm(em, pick);
        // a bin of this warehouse other than the task's is a fact to record; a code that is no bin here is a bad scan
        Location bin = inventory.location(em, task.warehouseId(), pick.binCode())
                .filter(l -> l.type() == LocationType.STORAGE)
                .orElseThrow(() -> ProblemException.invalid("binCode", pick.binCode() + " is not a storage bin of this warehouse; "
                        + "scan the label of the bin you picked from"));
        List<PickDifference> differences = PickDifferences.between(
                new PickDifferences.Plan(task.status(), task.binCode(), task.quantity()),
                new PickDifferences.Fact(bin.code(), pick.quantity()));
        if (pick.quantity().signum() > 0) {
            Location pack = inventory.first(em, task.warehouseId(), LocationType.PACK);
            // the lot the label named, else the task's: the lot to take first; the ledger records what left
            inventory.move(em, new Movement(task.itemId(), bin, pack, pick.quantity(), MovementReason.PICK,
                    new Movement.SourceDocument("PICK_TASK", task.id()), pick.occurredAt(), pick.picker().userId(),
                    Movement.Lot.of(pick.lot() != null ? pick.lot() : task.lotCode(), null)));
            inventory.consumeReservation(em, task.orderLineId(), pick.quantity());
        }
        boolean wasOpen = task.isOpen();
        BigDecimal planned = task.quantity();
        task.confirm(pick.quantity(), pick.picker().userId(), pick.occurredAt());
        publish(em, task);
        List<String> notes = new ArrayList<>(differences.stream().map(PickDifference::note).toList());
        BigDecimal backordered = BigDecimal.ZERO;
        if (differences.stream().anyMatch(d -> d.kind() == ExceptionKind.SHORT_PICK)) {
            Shortfall shortfall = shortPicked(em, task, bin, planned.subtract(pick.quantity()));
            notes.add(shortfall.note());
            backordered = shortfall.backordered();
        }
        boolean lastTaskDone = wasOpen && tasksForOrder(em, task.orderId()).stream().noneMatch(PickTask::isOpen);
        listener.picked(em, new PickListener.Picked(task.orderId(), task.orderLineId(), pick.quantity(), backordered, lastTaskDone));
        exceptions.raise(em, differences, task, bin, pick.picker());
        replenishment.check(em, task.warehouseId(), task.itemId());
        return new PickOutcome(task.status(), notes.isEmpty() ? null : String.join("; ", notes));
    }

    /**
     * The bin held less of the item than the books said: that stock goes on hold (out of what is
     * promised and picked until the bin is counted), and the rest of the line is picked from other
     * bins where their free stock covers it. What the warehouse no longer has for everyone it promised
     * is backordered on this line, so the system's own plans never promise stock that is not there.
     */
    private Shortfall shortPicked(EntityManager em, PickTask task, Location bin, BigDecimal missing) {
        inventory.hold(em, task.itemId(), bin, "Short pick: " + plain(missing) + " fewer than the books said");
        StockPositions.Position position = inventory.positions(em, task.warehouseId(), List.of(task.itemId())).get(task.itemId());
        BigDecimal overPromised = position == null ? BigDecimal.ZERO : position.reserved().subtract(position.onHand()).max(BigDecimal.ZERO);
        BigDecimal toPick = missing.subtract(missing.min(overPromised));
        PickRequest rest = task.remainder(toPick);
        Allocation allocation = toPick.signum() > 0 ? allocate(em, rest, rest.lines().getFirst()) : new Allocation(List.of(), BigDecimal.ZERO);
        BigDecimal backordered = missing.subtract(toPick).add(allocation.unallocated());
        if (backordered.signum() > 0) {
            inventory.consumeReservation(em, task.orderLineId(), backordered);
        }
        List<String> moved = allocation.tasks().stream().map(t -> plain(t.quantity()) + " from " + t.binCode()).toList();
        String note = task.sku() + " in " + bin.code() + " is on hold until counted"
                + (moved.isEmpty() ? "" : "; the rest comes " + String.join(" and ", moved))
                + (backordered.signum() > 0 ? "; " + plain(backordered) + " backordered" : "");
        return new Shortfall(backordered, note);
    }

    private record Shortfall(BigDecimal backordered, String note) {
    }

    /** The task, locked, if this picker may confirm it with this item; anything else is refused and nothing moves. */
    private PickTask taskToConfirm(EntityManager em, PickConfirmation pick) {
        PickTask task = em.find(PickTask.class, pick.taskId(), LockModeType.PESSIMISTIC_WRITE);
        if (task == null) {
            throw new ProblemException(ProblemType.UNKNOWN_REFERENCE,
                    "pick task " + pick.taskId() + " does not exist");
        }
        if (!task.warehouseId().equals(pick.picker().warehouseId())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "task " + task.id() + " belongs to another warehouse than yours");
        }
        if (!ItemCodes.name(task.sku(), task.gtin(), pick.itemCode())) {
            throw ProblemException.invalid("itemCode", "scanned " + pick.itemCode() + " but the task is for " + task.sku()
                    + "; put it back and scan the right item");
        }
        return task;
    }

    public List<PickTask> tasksForOrder(EntityManager em, UUID orderId) {
        return em.createQuery("select t from PickTask t where t.orderId = :order order by t.walkSequence", PickTask.class)
                .setParameter("order", orderId).getResultList();
    }

    /** What the warehouse's handhelds hold: every task, done or not, of the orders not yet shipped, in walk order. */
    public List<PickTask> tasksOnTheFloor(EntityManager em, UUID warehouseId) {
        return em.createQuery("select t from PickTask t where t.warehouseId = :w and t.closedAt is null order by t.walkSequence, t.id",
                        PickTask.class)
                .setParameter("w", warehouseId).getResultList();
    }

    /** A wave goes to one picker (null: to any picker of the warehouse); its tasks on the handhelds say so. */
    public void assignWave(EntityManager em, UUID waveId, UUID picker, String pickerName) {
        List<PickTask> tasks = em.createQuery("select t from PickTask t where t.waveId = :wave and t.closedAt is null", PickTask.class)
                .setParameter("wave", waveId).getResultList();
        for (PickTask task : tasks) {
            task.assign(picker, pickerName);
            publish(em, task);
        }
    }

    /** The order left the warehouse: its tasks come off the floor, and off the warehouse's handhelds. */
    public void orderShipped(EntityManager em, UUID orderId, Instant at) {
        for (PickTask task : tasksForOrder(em, orderId)) {
            if (!task.isClosed()) {
                task.close(at);
                publish(em, task);
            }
        }
    }

    @Override
    public String entityType() {
        return PickTaskView.TYPE;
    }

    @Override
    public List<ChangeEntry> page(EntityManager em, Scope scope, SnapshotPage page) {
        if (!scope.kind().equals("warehouse")) {
            return List.of();
        }
        return page.upserts(em.createQuery("select t from PickTask t where t.warehouseId = :w and t.closedAt is null and t.id > :after "
                        + "order by t.id", PickTask.class).setParameter("w", scope.id()),
                scope, PickTask::view, PickTask::version);
    }

    /**
     * A task on the floor goes to the warehouse's handhelds as it is now; a closed one (its order
     * shipped) as a delete, also when a late pick still changes it, so the handhelds hold exactly
     * what {@link #tasksOnTheFloor} holds.
     */
    private void publish(EntityManager em, PickTask task) {
        em.flush();
        changes.publishWhile(!task.isClosed(), em, task.view(), task.version(), List.of(Scope.warehouse(task.warehouseId())));
    }

    private static List<PickTask> openTasks(EntityManager em, UUID itemId, UUID warehouseId) {
        return em.createQuery("select t from PickTask t where t.itemId = :item and t.warehouseId = :w and t.status = :open", PickTask.class)
                .setParameter("item", itemId).setParameter("w", warehouseId).setParameter("open", PickTaskStatus.OPEN)
                .getResultList();
    }
}
