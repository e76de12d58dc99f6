package dev.depot.server.replenishment;

import static dev.depot.model.quantity.QuantityPrecision.plain;

import dev.depot.model.changes.ChangeEntry;
import dev.depot.model.changes.Scope;
import dev.depot.model.ids.UuidV7;
import dev.depot.model.views.PickTaskStatus;
import dev.depot.model.views.ReplenishmentTaskView;
import dev.depot.server.catalog.Item;
import dev.depot.server.catalog.ItemCodes;
import dev.depot.server.inventory.BinStock;
import dev.depot.server.inventory.Inventory;
import dev.depot.server.inventory.Location;
import dev.depot.server.inventory.LocationType;
import dev.depot.server.inventory.Movement;
import dev.depot.server.inventory.MovementReason;
import dev.depot.server.inventory.PickFaceLevels;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Replenishment of pick faces: when stock leaves a pick face and what it holds (plus what is on its
 * way) is at its minimum, tasks move stock from reserve bins up to its maximum; pickers do them on
 * their handhelds. The move is a physical fact: stock follows what was scanned.
 */
public final class Replenishment implements SnapshotSource {

    private final Clock clock;
    private final Inventory inventory;
    private final ChangeLog changes;

    public Replenishment(Clock clock, Inventory inventory, ChangeLog changes) {
        this.clock = clock;
        this.inventory = inventory;
        this.changes = changes;
    }

    /** A pick face and the item it is kept for. */
    record PickFace(Location bin, Item item) {
    }

    /** Stock of an item left bins of a warehouse: its pick faces at their minimum get what they need. */
    public List<ReplenishmentTask> check(EntityManager em, UUID warehouseId, UUID itemId) {
        return plan(em, em.createQuery("select l from Location l where l.warehouseId = :w and l.pickFaceItemId = :item "
                        + "and l.replenishMin is not null order by l.walkSequence", Location.class)
                .setParameter("w", warehouseId).setParameter("item", itemId).getResultList());
    }

    /** Every pick face of a warehouse at its minimum gets what it needs: for a supervisor after changing levels or counts. */
    public List<ReplenishmentTask> checkAll(EntityManager em, UUID warehouseId) {
        return plan(em, em.createQuery("select l from Location l where l.warehouseId = :w and l.replenishMin is not null "
                        + "order by l.walkSequence", Location.class)
                .setParameter("w", warehouseId).getResultList());
    }

    private List<ReplenishmentTask> plan(EntityManager em, List<Location> faces) {
        List<ReplenishmentTask> tasks = new ArrayList<>();
        for (Location bin : faces) {
            em.lock(bin, LockModeType.PESSIMISTIC_WRITE); // one plan per face at a time, so two picks never fill it twice
            PickFace face = new PickFace(bin, em.find(Item.class, bin.rules().pickFaceItemId()));
            PickFaceLevels levels = bin.levels().orElseThrow();
            ReplenishmentPlan.Face state = new ReplenishmentPlan.Face(holds(em, face), openTo(em, bin.id()), levels);
            for (ReplenishmentPlan.Take take : ReplenishmentPlan.takes(state, reserve(em, face))) {
                ReplenishmentTask task = new ReplenishmentTask(UuidV7.next(), face, take, clock.instant());
                em.persist(task);
                publish(em, task);
                tasks.add(task);
            }
        }
        return tasks;
    }

    /** What the face holds of its item; stock on hold there (waiting for a count) counts, so the face is not filled on top of a doubt. */
    private static BigDecimal holds(EntityManager em, PickFace face) {
        return em.createQuery("select coalesce(sum(b.quantity), 0) from StockBalance b where b.itemId = :item and b.locationId = :bin",
                        BigDecimal.class)
                .setParameter("item", face.item().id()).setParameter("bin", face.bin().id()).getSingleResult();
    }

    private static BigDecimal openTo(EntityManager em, UUID binId) {
        return em.createQuery("select coalesce(sum(t.quantity - t.movedQuantity), 0) from ReplenishmentTask t "
                        + "where t.toLocationId = :bin and t.status = :open", BigDecimal.class)
                .setParameter("bin", binId).setParameter("open", ReplenishmentTask.Status.OPEN).getSingleResult();
    }

    /** The reserve: storage bins holding the item that are no pick face, with what is not promised to open picks or replenishments. */
    private List<ReplenishmentPlan.Source> reserve(EntityManager em, PickFace face) {
        Map<UUID, BigDecimal> promised = new HashMap<>(openPicks(em, face.item().id(), face.bin().warehouseId()));
        leaving(em, face.item().id(), face.bin().warehouseId()).forEach((bin, quantity) -> promised.merge(bin, quantity, BigDecimal::add));
        List<ReplenishmentPlan.Source> sources = new ArrayList<>();
        for (BinStock bin : inventory.binsWithStock(em, face.item().id(), face.bin().warehouseId())) {
            if (inventory.location(em, bin.locationId()).rules().pickFaceItemId() == null) {
                sources.add(new ReplenishmentPlan.Source(bin.locationId(), bin.code(), bin.walkSequence(),
                        bin.quantity().subtract(promised.getOrDefault(bin.locationId(), BigDecimal.ZERO))));
            }
        }
        return sources;
    }

    private static Map<UUID, BigDecimal> openPicks(EntityManager em, UUID itemId, UUID warehouseId) {
        return perBin(em.createQuery("select t.locationId, sum(t.quantity) from PickTask t where t.itemId = :item and t.warehouseId = :w "
                        + "and t.status = :open group by t.locationId", Object[].class)
                .setParameter("item", itemId).setParameter("w", warehouseId).setParameter("open", PickTaskStatus.OPEN).getResultList());
    }

    /**
     * What open replenishments will still take out of each bin of an item: stock that picks must not
     * be planned from either.
     */
    public Map<UUID, BigDecimal> leaving(EntityManager em, UUID itemId, UUID warehouseId) {
        return perBin(em.createQuery("select t.fromLocationId, sum(t.quantity - t.movedQuantity) from ReplenishmentTask t "
                        + "where t.itemId = :item and t.warehouseId = :w and t.status = :open group by t.fromLocationId", Object[].class)
                .setParameter("item", itemId).setParameter("w", warehouseId).setParameter("open", ReplenishmentTask.Status.OPEN)
                .getResultList());
    }

    private static Map<UUID, BigDecimal> perBin(List<Object[]> rows) {
        Map<UUID, BigDecimal> perBin = new HashMap<>();
        rows.forEach(row -> perBin.put((UUID) row[0], (BigDecimal) row[1]));
        return perBin;
    }

    /** A picker's scan-confirmed move: from which bin, which item, into which bin, how many. */
    public record Moved(UUID taskId, String fromCode, String itemCode, String toCode, BigDecimal quantity, UUID by, UUID warehouseId,
                        Instant occurredAt) {
    }

    /** What became of a move: where the goods went, what is left to move, and a note when it was not as the task said. */
    public record MoveResult(String toCode, BigDecimal remaining, String note) {

        public boolean hasNote() {
            return note != null;
        }
    }

    /**
     * Records a move: the stock goes from the scanned bin into the scanned bin and comes off the
     * task. Another bin than the task's, more than it asked for, or a task already done is recorded
     * all the same, with a note. A code that is no storage bin of the warehouse, or an item the task
     * is not for, is refused and nothing moves.
     */
    public MoveResult move(EntityManager em, Moved moved) {
        ReplenishmentTask task = em.find(ReplenishmentTask.class, moved.taskId(), LockModeType.PESSIMISTIC_WRITE);
        if (task == null) {
            throw new ProblemException(ProblemType.UNKNOWN_REFERENCE, "replenishment task " + moved.taskId() + " does not exist");
        }
        if (!task.warehouseId().equals(moved.warehouseId())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "task " + task.id() + " belongs to another warehouse than yours");
        }
        if (!ItemCodes.name(task.sku(), task.gtin(), moved.itemCode())) {
            throw ProblemException.invalid("itemCode", "scanned " + moved.itemCode() + " but the task is for " + task.sku()
                    + "; put it back and scan the right item");
        }
        Location from = bin(em, task, "fromBinCode", moved.fromCode());
        Location to = bin(em, task, "toBinCode", moved.toCode());
        List<String> notes = new ArrayList<>();
        if (!task.isOpen()) {
            notes.add("the pick face had been filled already; " + to.code() + " holds more than planned");
        } else if (moved.quantity().compareTo(task.remaining()) > 0) {
            notes.add("moved " + plain(moved.quantity()) + " where " + plain(task.remaining()) + " were asked for");
        }
        if (!from.code().equals(task.fromCode())) {
            notes.add("taken from " + from.code() + ", not " + task.fromCode());
        }
        if (!to.code().equals(task.toCode())) {
            notes.add("put into " + to.code() + ", not the pick face " + task.toCode());
        }
        inventory.move(em, new Movement(task.itemId(), from, to, moved.quantity(), MovementReason.REPLENISHMENT,
                new Movement.SourceDocument("REPLENISHMENT_TASK", task.id()), moved.occurredAt(), moved.by()));
        task.moved(moved.quantity(), moved.by(), moved.occurredAt());
        publish(em, task);
        return new MoveResult(to.code(), task.remaining(), notes.isEmpty() ? null : String.join("; ", notes));
    }

    private Location bin(EntityManager em, ReplenishmentTask task, String field, String code) {
        return inventory.location(em, task.warehouseId(), code.strip())
                .filter(l -> l.type() == LocationType.STORAGE)
                .orElseThrow(() -> ProblemException.invalid(field, code + " is not a storage bin of this warehouse; scan the bin's label"));
    }

    /** The open tasks of a warehouse, oldest first: what the floor still has to move. */
    public List<ReplenishmentTask> open(EntityManager em, UUID warehouseId) {
        return em.createQuery("select t from ReplenishmentTask t where t.warehouseId = :w and t.status = :open order by t.createdAt, t.id",
                        ReplenishmentTask.class)
                .setParameter("w", warehouseId).setParameter("open", ReplenishmentTask.Status.OPEN).getResultList();
    }

    @Override
    public String entityType() {
        return ReplenishmentTaskView.TYPE;
    }

    @Override
    public List<ChangeEntry> page(EntityManager em, Scope scope, SnapshotPage page) {
        if (!scope.kind().equals("warehouse")) {
            return List.of();
        }
        return page.upserts(em.createQuery("select t from ReplenishmentTask t where t.warehouseId = :w and t.status = :open "
                                + "and t.id > :after order by t.id", ReplenishmentTask.class)
                        .setParameter("w", scope.id()).setParameter("open", ReplenishmentTask.Status.OPEN),
                scope, ReplenishmentTask::view, ReplenishmentTask::version);
    }

    /** An open task goes to the warehouse's handhelds as it is now; a done one leaves them. */
    private void publish(EntityManager em, ReplenishmentTask task) {
        em.flush();
        changes.publishWhile(task.isOpen(), em, task.view(), task.version(), List.of(Scope.warehouse(task.warehouseId())));
    }
}
