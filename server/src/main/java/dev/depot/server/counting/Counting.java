package dev.depot.server.counting;

import static dev.depot.model.quantity.QuantityPrecision.plain;

import dev.depot.model.changes.ChangeEntry;
import dev.depot.model.changes.Scope;
import dev.depot.model.ids.UuidV7;
import dev.depot.model.money.Money;
import dev.depot.model.views.CountTaskView;
import dev.depot.server.accounting.Accounting;
import dev.depot.server.accounting.PostingRules;
import dev.depot.server.catalog.Catalog;
import dev.depot.server.catalog.Item;
import dev.depot.server.catalog.ItemCodes;
import dev.depot.server.inventory.Inventory;
import dev.depot.server.inventory.Location;
import dev.depot.server.inventory.LocationType;
import dev.depot.server.inventory.Movement;
import dev.depot.server.platform.ChangeLog;
import dev.depot.server.replenishment.Replenishment;
import dev.depot.server.platform.ProblemException;
import dev.depot.server.platform.ProblemType;
import dev.depot.server.platform.SnapshotPage;
import dev.depot.server.platform.SnapshotSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The counting capability: blind counts of an item in a bin, asked for by a short pick or by a
 * supervisor, on the warehouse's handhelds while open. A count is a physical fact judged against the
 * books at that moment ({@link CountRules}): the same, and any hold on the bin ends; close, and the
 * ledger is adjusted to it at moving-average cost; far off at a first count, and the stock goes on
 * hold while someone counts again; worth more than a counter may adjust, and a supervisor approves.
 */
public final class Counting implements SnapshotSource {

    private final Clock clock;
    private final Catalog catalog;
    private final Inventory inventory;
    private final Accounting accounting;
    private final ChangeLog changes;
    private final Replenishment replenishment;
    private final CountRules rules;

    public Counting(Clock clock, Catalog catalog, Inventory inventory, Accounting accounting, ChangeLog changes,
                    Replenishment replenishment) {
        this.clock = clock;
        this.catalog = catalog;
        this.inventory = inventory;
        this.accounting = accounting;
        this.changes = changes;
        this.replenishment = replenishment;
        this.rules = CountRules.DEFAULT;
    }

    /** Why a bin's item should be counted, and the warehouse exception that asked, if one did. */
    public record Request(Location bin, UUID itemId, String reason, UUID exceptionId) {
    }

    /** A blind count of the item in the bin goes to the warehouse's handhelds. */
    public CountTask request(EntityManager em, Request request) {
        if (request.bin().type() != LocationType.STORAGE) {
            throw ProblemException.invalid("bin", request.bin().code() + " is no storage bin; only bins are counted");
        }
        Item item = catalog.byId(em, request.itemId())
                .orElseThrow(() -> new ProblemException(ProblemType.UNKNOWN_REFERENCE, "item " + request.itemId() + " does not exist"));
        return open(em, request, item, 1);
    }

    private CountTask open(EntityManager em, Request request, Item item, int attempt) {
        CountTask task = new CountTask(UuidV7.next(), request, item, attempt, clock.instant());
        em.persist(task);
        publish(em, task);
        return task;
    }

    /** What a counter found: so many of the scanned item in the scanned bin. */
    public record Counted(UUID taskId, String binCode, String itemCode, BigDecimal quantity, Counter counter, Instant occurredAt) {
    }

    /** Who counted, and the warehouse they work in. */
    public record Counter(UUID userId, UUID warehouseId) {
    }

    /** What became of a count, in the counter's words: its status, and whether it needs nobody else. */
    public record Outcome(CountStatus status, String message, boolean used) {

        Outcome(CountStatus status, String message) {
            this(status, message, true);
        }

        /** The count needs nobody else: the books agree with it now. */
        public boolean settled() {
            return used && (status == CountStatus.MATCHED || status == CountStatus.ADJUSTED);
        }
    }

    /**
     * Judges a count against the books and acts on it. A count of another bin or item than the task
     * names is refused and changes nothing; a second count of a task already counted is not used.
     */
    public Outcome count(EntityManager em, Counted counted) {
        CountTask task = em.find(CountTask.class, counted.taskId(), LockModeType.PESSIMISTIC_WRITE);
        if (task == null) {
            throw new ProblemException(ProblemType.UNKNOWN_REFERENCE, "count " + counted.taskId() + " does not exist");
        }
        if (!task.warehouseId().equals(counted.counter().warehouseId())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "count " + task.id() + " is in another warehouse than yours");
        }
        if (!counted.binCode().strip().equalsIgnoreCase(task.binCode())) {
            throw ProblemException.invalid("binCode", "scanned " + counted.binCode() + " but the count is for " + task.binCode());
        }
        if (!ItemCodes.name(task.sku(), task.gtin(), counted.itemCode())) {
            throw ProblemException.invalid("itemCode", "scanned " + counted.itemCode() + " but the count is for " + task.sku());
        }
        if (!task.isOpen()) {
            return new Outcome(task.status(), task.binCode() + " was already counted; this count is not used", false);
        }
        Location bin = inventory.location(em, task.locationId());
        Item item = catalog.byId(em, task.itemId()).orElseThrow();
        BigDecimal book = inventory.lockedBalance(em, task.itemId(), bin);
        Money unitCost = inventory.averageCost(em, task.itemId(), item.standardCost());
        String found = plain(counted.quantity()) + " × " + task.sku() + " in " + task.binCode();
        return switch (rules.judge(task.attempt(), book, counted.quantity(), unitCost.amount())) {
            case MATCHED -> {
                task.counted(book, counted.quantity(), counted.counter().userId(), counted.occurredAt(), CountStatus.MATCHED);
                inventory.release(em, task.itemId(), bin);
                publish(em, task);
                yield new Outcome(CountStatus.MATCHED, found + ": as the books say");
            }
            case ADJUST -> {
                task.counted(book, counted.quantity(), counted.counter().userId(), counted.occurredAt(), CountStatus.ADJUSTED);
                adjust(em, task, bin, item, counted.counter().userId());
                publish(em, task);
                yield new Outcome(CountStatus.ADJUSTED, found + ": the books now say so");
            }
            case RECOUNT -> {
                task.counted(book, counted.quantity(), counted.counter().userId(), counted.occurredAt(), CountStatus.RECOUNTED);
                inventory.hold(em, task.itemId(), bin, "Count far off the books: recount");
                publish(em, task);
                open(em, new Request(bin, task.itemId(), "Recount: the first count was far off the books", null), item,
                        task.attempt() + 1);
                yield new Outcome(CountStatus.RECOUNTED, found + ": far off the books, so someone will count again; the stock "
                        + "there is on hold until then");
            }
            case APPROVAL -> {
                task.counted(book, counted.quantity(), counted.counter().userId(), counted.occurredAt(), CountStatus.AWAITING_APPROVAL);
                inventory.hold(em, task.itemId(), bin, "Count difference awaits a supervisor's approval");
                publish(em, task);
                yield new Outcome(CountStatus.AWAITING_APPROVAL, found + ": the difference waits for a supervisor's approval; the "
                        + "stock there is on hold until then");
            }
        };
    }

    /** A supervisor accepts a count that waited (the ledger follows it) or does not (someone counts again). */
    public CountTask decide(EntityManager em, UUID taskId, boolean accept, UUID supervisor, UUID supervisorsWarehouse) {
        CountTask task = em.find(CountTask.class, taskId, LockModeType.PESSIMISTIC_WRITE);
        if (task == null || task.status() != CountStatus.AWAITING_APPROVAL) {
            throw ProblemException.invalidState("count " + taskId + " does not wait for approval");
        }
        if (supervisorsWarehouse != null && !supervisorsWarehouse.equals(task.warehouseId())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "the count is in another warehouse than yours");
        }
        Location bin = inventory.location(em, task.locationId());
        Item item = catalog.byId(em, task.itemId()).orElseThrow();
        task.decided(supervisor, clock.instant(), accept ? CountStatus.ADJUSTED : CountStatus.REJECTED);
        if (accept) {
            adjust(em, task, bin, item, supervisor);
        } else {
            open(em, new Request(bin, task.itemId(), "Recount: a supervisor did not accept the last count", null), item, task.attempt() + 1);
        }
        return task;
    }

    /**
     * The ledger takes the count's difference from the books (as they stood at the count), the bin's
     * hold ends, and a pick face the count left at its minimum (or a reserve it freed) is replenished.
     */
    private void adjust(EntityManager em, CountTask task, Location bin, Item item, UUID by) {
        BigDecimal difference = task.countedQuantity().subtract(task.bookQuantity());
        Inventory.Booked booked = inventory.adjust(em, new Movement.SourceDocument("COUNT", task.id()), task.itemId(), bin, difference,
                clock.instant(), by, item.standardCost());
        task.adjusted(booked.movementId());
        if (!booked.value().isZero()) {
            String what = plain(difference.abs()) + " × " + task.sku() + " in " + task.binCode();
            accounting.post(em, difference.signum() > 0 ? PostingRules.countGain(task.id(), what, booked.value())
                    : PostingRules.countLoss(task.id(), what, booked.value()));
        }
        inventory.release(em, task.itemId(), bin);
        replenishment.check(em, bin.warehouseId(), task.itemId());
    }

    /** The warehouse's counts of one status, oldest first. */
    public List<CountTask> withStatus(EntityManager em, UUID warehouseId, CountStatus status) {
        return em.createQuery("select t from CountTask t where t.warehouseId = :w and t.status = :s order by t.requestedAt, t.id",
                        CountTask.class)
                .setParameter("w", warehouseId).setParameter("s", status).getResultList();
    }

    /** Of the warehouse's first counts, how many there were and how many found what the books said. */
    public record Accuracy(long firstCounts, long matched) {

        /** Percent of first counts that matched, or none before any count. */
        public BigDecimal percent() {
            return firstCounts == 0 ? null
                    : BigDecimal.valueOf(matched * 100).divide(BigDecimal.valueOf(firstCounts), 1, RoundingMode.HALF_UP);
        }
    }

    public Accuracy accuracy(EntityManager em, UUID warehouseId) {
        Object[] row = (Object[]) em.createQuery("select count(t), sum(case when t.countedQuantity = t.bookQuantity then 1 else 0 end) "
                        + "from CountTask t where t.warehouseId = :w and t.attempt = 1 and t.countedQuantity is not null")
                .setParameter("w", warehouseId).getSingleResult();
        return new Accuracy(((Number) row[0]).longValue(), row[1] == null ? 0 : ((Number) row[1]).longValue());
    }

    @Override
    public String entityType() {
        return CountTaskView.TYPE;
    }

    @Override
    public List<ChangeEntry> page(EntityManager em, Scope scope, SnapshotPage page) {
        if (!scope.kind().equals("warehouse")) {
            return List.of();
        }
        return page.upserts(em.createQuery("select t from CountTask t where t.warehouseId = :w and t.status = :open and t.id > :after "
                                + "order by t.id", CountTask.class)
                        .setParameter("w", scope.id()).setParameter("open", CountStatus.OPEN),
                scope, CountTask::view, CountTask::version);
    }

    /** An open count goes to the warehouse's handhelds; a counted one leaves them. */
    private void publish(EntityManager em, CountTask task) {
        em.flush();
        changes.publishWhile(task.isOpen(), em, task.view(), task.version(), List.of(Scope.warehouse(task.warehouseId())));
    }
}
