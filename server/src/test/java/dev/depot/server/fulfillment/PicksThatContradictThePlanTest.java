package dev.depot.server.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.depot.model.commands.CommandResult;
import dev.depot.model.commands.ConfirmPick;
import dev.depot.model.commands.Outcome;
import dev.depot.model.commands.PlaceOrder;
import dev.depot.model.identity.Role;
import dev.depot.model.views.InboxEntryView;
import dev.depot.model.views.PickTaskStatus;
import dev.depot.model.views.PickTaskView;
import dev.depot.server.identity.Caller;
import dev.depot.server.platform.ProblemException;
import dev.depot.server.testing.Fixtures;
import dev.depot.server.testing.Invariants;
import dev.depot.server.testing.RunningDepot;
import dev.depot.server.testing.TestDevice;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A pick that contradicts the plan is never refused: it is recorded, stock follows it, and an
 * exception waits in the supervisors' queue. A short pick also puts the item in that bin on hold until
 * the bin is counted, and sends the rest of the line to other bins or backorders it. Each test picks an
 * item of its own, and what is on hold is released after each.
 */
class PicksThatContradictThePlanTest {

    @RegisterExtension
    static RunningDepot depot = new RunningDepot();

    static Fixtures fixtures;
    static Fixtures.TestWarehouse main;
    static UUID customer;
    static TestDevice repPhone;

    @BeforeAll
    static void aWarehouseWithTwoBinsAndARep() {
        fixtures = new Fixtures(depot);
        main = fixtures.warehouse("MAIN");
        RunningDepot.TestUser rep = depot.addUser(Role.REP);
        customer = fixtures.customer("C-1", rep.id(), main, "100000.00", "0");
        repPhone = TestDevice.of(depot, rep);
    }

    @AfterEach
    void theBinsAreCounted() {
        var c = depot.server().capabilities();
        c.transactions().run(em -> depot.sql().rows("SELECT item_id, location_id FROM stock_balance WHERE held_since IS NOT NULL")
                .forEach(held -> c.inventory().release(em, (UUID) held.get("item_id"),
                        c.inventory().location(em, (UUID) held.get("location_id")))));
    }

    @Test
    void aShortPickRaisesAnExceptionAndAsksForTheBinToBeCounted() {
        PickTaskView task = releasedTask("5");
        TestDevice scanner = aPicker();

        CommandResult result = scanner.send(new ConfirmPick(task.id(), task.binCode(), task.sku(), new BigDecimal("3"), null));

        assertThat(result.outcome()).isEqualTo(Outcome.ADJUSTED);
        assertThat(result.message())
                .isEqualTo("Short pick: 3 of 5 picked; " + task.sku() + " in A-01-1 is on hold until counted; the rest comes 2 from A-02-1");
        WarehouseException exception = onlyExceptionFor(task);
        assertThat(exception.kind()).isEqualTo(ExceptionKind.SHORT_PICK);
        assertThat(exception.status()).isEqualTo(ExceptionStatus.OPEN);
        assertThat(exception.expected()).isEqualTo("Pick 5 from A-01-1");
        assertThat(exception.happened()).isEqualTo("Found 3");
        assertThat(exception.binCode()).isEqualTo("A-01-1");
        assertThat(exception.raisedByName()).isEqualTo("Test Picker");
        assertThat(depot.sql().rows("SELECT bin_code, status, exception_id FROM count_task WHERE exception_id = ?",
                exception.id())).singleElement().satisfies(request -> {
                    assertThat(request.get("bin_code")).isEqualTo("A-01-1");
                    assertThat(request.get("status")).isEqualTo("OPEN");
                });
        assertThat(scanner.inbox()).singleElement().satisfies(entry -> {
            assertThat(entry.title()).isEqualTo("Pick recorded with a difference");
            assertThat(entry.about().taskId()).isEqualTo(task.id());
        });
        assertThat(depot.sql().single("SELECT held_reason FROM stock_balance WHERE item_id = ? AND location_id = ?", task.itemId(),
                main.locations().get("A-01-1"))).isEqualTo("Short pick: 2 fewer than the books said");
        assertThat(depot.sql().decimal("SELECT on_hand FROM stock_position WHERE item_id = ?", task.itemId()))
                .as("only the bin not on hold counts: what can be promised").isEqualByComparingTo("50");
        assertThat(scanner.views(PickTaskView.class)).filteredOn(t -> t.orderId().equals(task.orderId()) && t.status() == PickTaskStatus.OPEN)
                .extracting(PickTaskView::binCode, PickTaskView::quantity).containsExactly(tuple("A-02-1", new BigDecimal("2.000")));
        Invariants.assertHold(depot.sql());
    }

    @Test
    void aShortPickWithNoStockElsewhereBackordersTheRestAndTheOrderSaysWhy() {
        PickTaskView task = releasedTask("10", 10, 0);

        CommandResult result = aPicker().send(new ConfirmPick(task.id(), task.binCode(), task.sku(), new BigDecimal("4"), null));

        assertThat(result.message()).isEqualTo("Short pick: 4 of 10 picked; " + task.sku() + " in A-01-1 is on hold until counted; 6 backordered");
        assertThat(depot.sql().rows("SELECT reserved, backordered, picked FROM order_line WHERE order_id = ?", task.orderId()))
                .singleElement().satisfies(line -> {
                    assertThat((BigDecimal) line.get("reserved")).isEqualByComparingTo("4");
                    assertThat((BigDecimal) line.get("backordered")).isEqualByComparingTo("6");
                    assertThat((BigDecimal) line.get("picked")).isEqualByComparingTo("4");
                });
        assertThat(depot.sql().single("SELECT detail FROM order_event WHERE order_id = ? AND kind = 'BACKORDERED'", task.orderId()))
                .isEqualTo("6 each backordered: a short pick found the warehouse without them");
        assertThat(depot.sql().single("SELECT status FROM sales_order WHERE id = ?", task.orderId())).isEqualTo("PICKED");
        assertThat(depot.sql().decimal("SELECT reserved FROM stock_position WHERE item_id = ?", task.itemId()))
                .as("nothing stays promised that the warehouse does not have").isEqualByComparingTo("0");
        Invariants.assertHold(depot.sql());
    }

    @Test
    void aPickFromAnotherBinMovesStockFromThatBinAndRaisesAnException() {
        PickTaskView task = releasedTask("4");
        BigDecimal otherBinBefore = onHand(task, "A-02-1");

        aPicker().send(new ConfirmPick(task.id(), "A-02-1", task.gtin(), new BigDecimal("4"), null));

        WarehouseException exception = onlyExceptionFor(task);
        assertThat(exception.kind()).isEqualTo(ExceptionKind.OTHER_BIN);
        assertThat(exception.expected()).isEqualTo("Pick from A-01-1");
        assertThat(exception.happened()).isEqualTo("Picked from A-02-1");
        assertThat(onHand(task, "A-02-1")).isEqualByComparingTo(otherBinBefore.subtract(new BigDecimal("4")));
        assertThat(depot.sql().count("SELECT count(*) FROM count_task WHERE exception_id = ?", exception.id())).isZero();
    }

    @Test
    void aTaskPickedTwiceIsRecordedTwiceAndRaisesAnException() {
        PickTaskView task = releasedTask("2");
        aPicker().send(new ConfirmPick(task.id(), task.binCode(), task.sku(), new BigDecimal("2"), null));

        CommandResult second = aPicker().send(new ConfirmPick(task.id(), task.binCode(), task.sku(), new BigDecimal("2"), null));

        assertThat(second.outcome()).isEqualTo(Outcome.ADJUSTED);
        assertThat(second.message()).startsWith("The task was already picked");
        assertThat(onlyExceptionFor(task).kind()).isEqualTo(ExceptionKind.TASK_ALREADY_DONE);
        assertThat(depot.sql().decimal("SELECT SUM(quantity) FROM stock_movement WHERE source_id = ?", task.id()))
                .as("both picks left the bin").isEqualByComparingTo("4");
        Invariants.assertHold(depot.sql());
    }

    @Test
    void resolvingAnExceptionRecordsTheNoteAndTellsThePickerWhileTheBinWaitsForItsCount() {
        PickTaskView task = releasedTask("6");
        TestDevice scanner = aPicker();
        scanner.send(new ConfirmPick(task.id(), task.binCode(), task.sku(), BigDecimal.ONE, null));
        WarehouseException exception = onlyExceptionFor(task);

        resolve(exception.id(), "Counted A-01-1: one left, the rest was damaged");

        assertThat(depot.sql().single("SELECT status FROM warehouse_exception WHERE id = ?", exception.id())).isEqualTo("RESOLVED");
        assertThat(depot.sql().single("SELECT resolution_note FROM warehouse_exception WHERE id = ?", exception.id()))
                .isEqualTo("Counted A-01-1: one left, the rest was damaged");
        assertThat(depot.sql().count("SELECT count(*) FROM audit_log WHERE action = 'WAREHOUSE_EXCEPTION_RESOLVED'")).isPositive();
        assertThat(depot.sql().single("SELECT held_since FROM stock_balance WHERE item_id = ? AND location_id = ?", task.itemId(),
                main.locations().get("A-01-1"))).as("the count of the bin, not the note, lifts the hold").isNotNull();
        assertThat(depot.sql().single("SELECT status FROM count_task WHERE exception_id = ?", exception.id())).isEqualTo("OPEN");
        Invariants.assertHold(depot.sql());
        assertThat(scanner.inbox()).last().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo("PICK_EXCEPTION_RESOLVED");
            assertThat(entry.title()).isEqualTo("Short pick at A-01-1 reconciled");
            assertThat(entry.explanation()).endsWith("resolved it: Counted A-01-1: one left, the rest was damaged");
            assertThat(entry.attention()).isEqualTo(InboxEntryView.Attention.NOTE);
        });
        assertThatThrownBy(() -> resolve(exception.id(), "again"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.getMessage()).contains("already resolved"));
        assertThatThrownBy(() -> resolve(exception.id(), " "))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.violations()).isNotEmpty());
    }

    @Test
    void aSupervisorResolvesOnlyTheExceptionsOfTheirOwnWarehouse() {
        PickTaskView task = releasedTask("3");
        aPicker().send(new ConfirmPick(task.id(), task.binCode(), task.sku(), BigDecimal.ZERO, null));
        WarehouseException exception = onlyExceptionFor(task);
        Caller elsewhere = new Caller(UUID.randomUUID(), "ed", "Ed East", Role.SUPERVISOR, UUID.randomUUID(), null);
        var c = depot.server().capabilities();

        assertThatThrownBy(() -> c.transactions().run(em -> c.exceptionQueue().resolve().resolve(em, exception.id(), "not mine",
                elsewhere))).isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.getMessage()).contains("another warehouse"));
        assertThat(depot.sql().single("SELECT status FROM warehouse_exception WHERE id = ?", exception.id())).isEqualTo("OPEN");
    }

    private static void resolve(UUID exceptionId, String note) {
        var c = depot.server().capabilities();
        Caller supervisor = new Caller(UUID.randomUUID(), "sue", "Sue Pervisor", Role.SUPERVISOR, main.id(), null);
        c.transactions().run(em -> c.exceptionQueue().resolve().resolve(em, exceptionId, note, supervisor));
    }

    private static WarehouseException onlyExceptionFor(PickTaskView task) {
        var c = depot.server().capabilities();
        List<WarehouseException> open = c.transactions().inTransaction(em -> c.exceptionQueue().exceptions().open(em));
        return open.stream().filter(x -> x.taskId().equals(task.id())).reduce((a, b) -> {
            throw new AssertionError("more than one exception for task " + task.id());
        }).orElseThrow(() -> new AssertionError("no exception for task " + task.id()));
    }

    /** An order for the quantity of a new item with 50 in each bin, released: its one task, from the first bin. */
    private static PickTaskView releasedTask(String quantity) {
        return releasedTask(quantity, 50, 50);
    }

    /** An order for the quantity of a new item stocked in the two bins, released: its task from the first bin. */
    private static PickTaskView releasedTask(String quantity, int inFirstBin, int inSecondBin) {
        Fixtures.TestItem item = fixtures.item("BOLT-" + UUID.randomUUID().toString().substring(0, 8), "1.00");
        fixtures.stock(item, main, "A-01-1", inFirstBin);
        if (inSecondBin > 0) {
            fixtures.stock(item, main, "A-02-1", inSecondBin);
        }
        PlaceOrder order = new PlaceOrder(UUID.randomUUID(), customer, List.of(new PlaceOrder.Line(item.id(), new BigDecimal(quantity),
                null, null)), null, null, null);
        repPhone.send(order);
        depot.as(Role.ORDER_DESK).post("api/orders/" + order.orderId() + "/release");
        return aPicker().views(PickTaskView.class).stream().filter(t -> t.orderId().equals(order.orderId()))
                .filter(t -> t.binCode().equals("A-01-1")).findFirst().orElseThrow();
    }

    private static TestDevice aPicker() {
        return TestDevice.of(depot, depot.addUser(Role.PICKER, main.id()));
    }

    private static BigDecimal onHand(PickTaskView task, String bin) {
        return depot.sql().decimal("SELECT quantity FROM stock_balance WHERE item_id = ? AND location_id = ?", task.itemId(),
                main.locations().get(bin));
    }
}
