package dev.depot.server.replenishment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.depot.model.commands.CommandResult;
import dev.depot.model.commands.ConfirmPick;
import dev.depot.model.commands.Outcome;
import dev.depot.model.commands.PlaceOrder;
import dev.depot.model.commands.Replenish;
import dev.depot.model.identity.Role;
import dev.depot.model.views.PickTaskView;
import dev.depot.model.views.ReplenishmentTaskView;
import dev.depot.server.testing.Fixtures;
import dev.depot.server.testing.Invariants;
import dev.depot.server.testing.RunningDepot;
import dev.depot.server.testing.TestDevice;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A pick face falls to its minimum with a pick, and the warehouse's handhelds get a task to top it up
 * from reserve; the picker's scans move the stock. Reserve stock promised to picks or to other
 * replenishments is not taken, picks are not planned from stock on its way to a face, and a bad scan
 * moves nothing. Each test has a warehouse of its own (a bin is one item's pick face).
 */
class ReplenishingPickFacesTest {

    private static final AtomicInteger WAREHOUSES = new AtomicInteger();

    @RegisterExtension
    static RunningDepot depot = new RunningDepot();

    static Fixtures fixtures;
    static RunningDepot.TestUser rep;

    @BeforeAll
    static void aRep() {
        fixtures = new Fixtures(depot);
        rep = depot.addUser(Role.REP);
    }

    @AfterEach
    void stockEqualsTheLedgerAndTheBooksBalance() {
        Invariants.assertHold(depot.sql());
    }

    @Test
    void aPickThatLeavesThePickFaceAtItsMinimumSendsATaskToTheHandheldsAndTheMoveFillsIt() {
        Fixtures.TestWarehouse warehouse = fixtures.warehouse("RPL-" + WAREHOUSES.incrementAndGet());
        Fixtures.TestItem item = fixtures.item("RPL-A", "1.00");
        fixtures.pickFace(warehouse, "A-01-1", item, 10, 40);
        fixtures.stock(item, warehouse, "A-01-1", 14);
        fixtures.stock(item, warehouse, "A-02-2", 100);
        TestDevice picker = TestDevice.of(depot, depot.addUser(Role.PICKER, warehouse.id()));
        PickTaskView pick = releasedTask(warehouse, picker, item, "5");
        assertThat(picker.views(ReplenishmentTaskView.class)).as("14 is above the minimum").isEmpty();

        picker.send(new ConfirmPick(pick.id(), "A-01-1", item.gtin(), new BigDecimal("5"), null));

        assertThat(picker.views(ReplenishmentTaskView.class)).singleElement().satisfies(task -> {
            assertThat(task.fromCode()).isEqualTo("A-02-2");
            assertThat(task.toCode()).isEqualTo("A-01-1");
            assertThat(task.quantity()).as("9 up to 40").isEqualByComparingTo("31");
            assertThat(task.sku()).isEqualTo("RPL-A");
        });
        var c = depot.server().capabilities();
        List<ReplenishmentTask> again = c.transactions().inTransaction(em -> c.replenishment().checkAll(em, warehouse.id()));
        assertThat(again).as("what is on its way counts: no second task").isEmpty();
        ReplenishmentTaskView task = picker.views(ReplenishmentTaskView.class).getFirst();

        CommandResult moved = picker.send(new Replenish(task.id(), "A-02-2", item.gtin(), "A-01-1", new BigDecimal("31")));

        assertThat(moved.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(moved.message()).isEqualTo("31 moved into A-01-1");
        assertThat(fixtures.balance(item, warehouse, "A-01-1")).isEqualByComparingTo("40");
        assertThat(fixtures.balance(item, warehouse, "A-02-2")).isEqualByComparingTo("69");
        assertThat(picker.views(ReplenishmentTaskView.class)).as("done, it leaves the handhelds").isEmpty();
        assertThat(depot.sql().single("SELECT reason FROM stock_movement WHERE source_id = ?", task.id())).isEqualTo("REPLENISHMENT");
    }

    @Test
    void reserveStockPromisedToPicksIsLeftAndPicksAreNotPlannedFromStockOnItsWayToAFace() {
        Fixtures.TestWarehouse warehouse = fixtures.warehouse("RPL-" + WAREHOUSES.incrementAndGet());
        Fixtures.TestItem item = fixtures.item("RPL-B", "1.00");
        fixtures.pickFace(warehouse, "A-01-1", item, 10, 40);
        fixtures.stock(item, warehouse, "A-01-1", 5);
        fixtures.stock(item, warehouse, "A-01-2", 20);
        fixtures.stock(item, warehouse, "A-02-1", 8);
        TestDevice picker = TestDevice.of(depot, depot.addUser(Role.PICKER, warehouse.id()));
        releasedTask(warehouse, picker, item, "15"); // 5 from the face, 10 from A-01-2
        var c = depot.server().capabilities();

        c.transactions().run(em -> c.replenishment().checkAll(em, warehouse.id()));

        assertThat(picker.views(ReplenishmentTaskView.class)).as("the free reserve, fullest first, short of the 35 wanted")
                .extracting(ReplenishmentTaskView::fromCode, t -> t.quantity().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder(tuple("A-01-2", "10"), tuple("A-02-1", "8"));
        fixtures.stock(item, warehouse, "A-02-2", 3);
        PickTaskView next = releasedTask(warehouse, picker, item, "3");
        assertThat(next.binCode()).as("what A-01-2 and A-02-1 do not owe to picks is on its way to the face").isEqualTo("A-02-2");
    }

    @Test
    void aMoveUnlikeTheTaskIsRecordedWithANoteAndABadScanMovesNothing() {
        Fixtures.TestWarehouse warehouse = fixtures.warehouse("RPL-" + WAREHOUSES.incrementAndGet());
        Fixtures.TestItem item = fixtures.item("RPL-C", "1.00");
        Fixtures.TestItem other = fixtures.item("RPL-D", "1.00");
        fixtures.pickFace(warehouse, "A-01-1", item, 10, 40);
        fixtures.stock(item, warehouse, "A-02-1", 50);
        fixtures.stock(item, warehouse, "A-02-2", 50);
        var c = depot.server().capabilities();
        c.transactions().run(em -> c.replenishment().checkAll(em, warehouse.id()));
        TestDevice picker = TestDevice.of(depot, depot.addUser(Role.PICKER, warehouse.id()));
        ReplenishmentTaskView task = picker.views(ReplenishmentTaskView.class).getFirst();
        assertThat(task.fromCode()).isEqualTo("A-02-1");
        Map<String, Long> before = depot.sql().tableCounts();

        assertThat(picker.send(new Replenish(task.id(), "A-02-1", other.gtin(), "A-01-1", BigDecimal.TEN)).message())
                .contains("but the task is for RPL-C");
        assertThat(picker.send(new Replenish(task.id(), "Z-99", item.gtin(), "A-01-1", BigDecimal.TEN)).message())
                .contains("Z-99 is not a storage bin of this warehouse");
        assertThat(picker.send(new Replenish(task.id(), "A-02-1", item.gtin(), "PACK-01", BigDecimal.TEN)).message())
                .contains("PACK-01 is not a storage bin of this warehouse");
        assertThat(picker.send(new Replenish(task.id(), "A-02-1", item.gtin(), "A-01-1", BigDecimal.ZERO)).message())
                .contains("must be more than zero");
        assertThat(picker.send(new Replenish(UUID.randomUUID(), "A-02-1", item.gtin(), "A-01-1", BigDecimal.TEN)).outcome())
                .isEqualTo(Outcome.REJECTED);
        TestDevice elsewhere = TestDevice.of(depot, depot.addUser(Role.PICKER, fixtures.warehouse("RPL-X" + WAREHOUSES.get()).id()));
        assertThat(elsewhere.send(new Replenish(task.id(), "A-02-1", item.gtin(), "A-01-1", BigDecimal.TEN)).message())
                .contains("belongs to another warehouse than yours");
        TestDevice receiver = TestDevice.of(depot, depot.addUser(Role.RECEIVER, warehouse.id()));
        assertThat(receiver.send(new Replenish(task.id(), "A-02-1", item.gtin(), "A-01-1", BigDecimal.TEN)).outcome())
                .as("replenishing is pickers' and supervisors' work").isEqualTo(Outcome.REJECTED);
        Map<String, Long> after = depot.sql().tableCounts();
        assertThat(after.get("stock_movement")).isEqualTo(before.get("stock_movement"));

        CommandResult otherBin = picker.send(new Replenish(task.id(), "A-02-2", item.gtin(), "A-01-1", task.quantity()));

        assertThat(otherBin.outcome()).isEqualTo(Outcome.ADJUSTED);
        assertThat(otherBin.message()).isEqualTo("40 moved into A-01-1. taken from A-02-2, not A-02-1");
        assertThat(fixtures.balance(item, warehouse, "A-02-2")).isEqualByComparingTo("10");
        assertThat(fixtures.balance(item, warehouse, "A-01-1")).isEqualByComparingTo("40");
    }

    /** An order for the quantity, released: the task the picker's handheld gets for it (the first, along the walk). */
    private static PickTaskView releasedTask(Fixtures.TestWarehouse warehouse, TestDevice picker, Fixtures.TestItem item, String quantity) {
        UUID customer = fixtures.customer("C-" + UUID.randomUUID().toString().substring(0, 8), rep.id(), warehouse, "100000.00", "0");
        PlaceOrder order = new PlaceOrder(UUID.randomUUID(), customer, List.of(new PlaceOrder.Line(item.id(), new BigDecimal(quantity),
                null, null)), null, null, null);
        TestDevice.of(depot, rep).send(order);
        depot.as(Role.ORDER_DESK).post("api/orders/" + order.orderId() + "/release");
        return picker.views(PickTaskView.class).stream().filter(t -> t.orderId().equals(order.orderId())).findFirst().orElseThrow();
    }
}
