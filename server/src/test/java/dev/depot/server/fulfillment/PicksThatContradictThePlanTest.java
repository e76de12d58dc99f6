package dev.depot.server.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.depot.model.commands.CommandResult;
import dev.depot.model.commands.ConfirmPick;
import dev.depot.model.commands.Outcome;
import dev.depot.model.commands.PlaceOrder;
import dev.depot.model.identity.Role;
import dev.depot.model.views.InboxEntryView;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A pick that contradicts the plan is never refused: it is recorded, stock follows it, and an
 * exception waits in the supervisors' queue (a short pick also asks for the bin to be counted).
 */
class PicksThatContradictThePlanTest {

    @RegisterExtension
    static RunningDepot depot = new RunningDepot();

    static Fixtures.TestWarehouse main;
    static Fixtures.TestItem item;
    static UUID customer;
    static TestDevice repPhone;

    @BeforeAll
    static void stockInTwoBins() {
        Fixtures fixtures = new Fixtures(depot);
        main = fixtures.warehouse("MAIN");
        item = fixtures.item("BOLT", "1.00");
        fixtures.stock(item, main, "A-01-1", 50);
        fixtures.stock(item, main, "A-02-1", 50);
        RunningDepot.TestUser rep = depot.addUser(Role.REP);
        customer = fixtures.customer("C-1", rep.id(), main, "100000.00", "0");
        repPhone = TestDevice.of(depot, rep);
    }

    @Test
    void aShortPickRaisesAnExceptionAndAsksForTheBinToBeCounted() {
        PickTaskView task = releasedTask("5");
        TestDevice scanner = aPicker();

        CommandResult result = scanner.send(new ConfirmPick(task.id(), task.binCode(), item.sku(), new BigDecimal("3")));

        assertThat(result.outcome()).isEqualTo(Outcome.ADJUSTED);
        assertThat(result.message()).isEqualTo("Short pick: 3 of 5 picked");
        WarehouseException exception = onlyExceptionFor(task);
        assertThat(exception.kind()).isEqualTo(ExceptionKind.SHORT_PICK);
        assertThat(exception.status()).isEqualTo(ExceptionStatus.OPEN);
        assertThat(exception.expected()).isEqualTo("Pick 5 from A-01-1");
        assertThat(exception.happened()).isEqualTo("Found 3");
        assertThat(exception.binCode()).isEqualTo("A-01-1");
        assertThat(exception.raisedByName()).isEqualTo("Test Picker");
        assertThat(depot.sql().rows("SELECT bin_code, status, exception_id FROM cycle_count_request WHERE exception_id = ?",
                exception.id())).singleElement().satisfies(request -> {
                    assertThat(request.get("bin_code")).isEqualTo("A-01-1");
                    assertThat(request.get("status")).isEqualTo("OPEN");
                });
        assertThat(scanner.inbox()).singleElement().satisfies(entry -> {
            assertThat(entry.title()).isEqualTo("Pick recorded with a difference");
            assertThat(entry.about().taskId()).isEqualTo(task.id());
        });
        Invariants.assertHold(depot.sql());
    }

    @Test
    void aPickFromAnotherBinMovesStockFromThatBinAndRaisesAnException() {
        PickTaskView task = releasedTask("4");
        BigDecimal otherBinBefore = onHand("A-02-1");

        aPicker().send(new ConfirmPick(task.id(), "A-02-1", item.gtin(), new BigDecimal("4")));

        WarehouseException exception = onlyExceptionFor(task);
        assertThat(exception.kind()).isEqualTo(ExceptionKind.OTHER_BIN);
        assertThat(exception.expected()).isEqualTo("Pick from A-01-1");
        assertThat(exception.happened()).isEqualTo("Picked from A-02-1");
        assertThat(onHand("A-02-1")).isEqualByComparingTo(otherBinBefore.subtract(new BigDecimal("4")));
        assertThat(depot.sql().count("SELECT count(*) FROM cycle_count_request WHERE exception_id = ?", exception.id())).isZero();
    }

    @Test
    void aTaskPickedTwiceIsRecordedTwiceAndRaisesAnException() {
        PickTaskView task = releasedTask("2");
        aPicker().send(new ConfirmPick(task.id(), task.binCode(), item.sku(), new BigDecimal("2")));

        CommandResult second = aPicker().send(new ConfirmPick(task.id(), task.binCode(), item.sku(), new BigDecimal("2")));

        assertThat(second.outcome()).isEqualTo(Outcome.ADJUSTED);
        assertThat(second.message()).startsWith("The task was already picked");
        assertThat(onlyExceptionFor(task).kind()).isEqualTo(ExceptionKind.TASK_ALREADY_DONE);
        assertThat(depot.sql().decimal("SELECT SUM(quantity) FROM stock_movement WHERE source_id = ?", task.id()))
                .as("both picks left the bin").isEqualByComparingTo("4");
        Invariants.assertHold(depot.sql());
    }

    @Test
    void resolvingAnExceptionRecordsTheNoteAndTellsThePicker() {
        PickTaskView task = releasedTask("6");
        TestDevice scanner = aPicker();
        scanner.send(new ConfirmPick(task.id(), task.binCode(), item.sku(), BigDecimal.ONE));
        WarehouseException exception = onlyExceptionFor(task);

        resolve(exception.id(), "Counted A-01-1: one left, the rest was damaged");

        assertThat(depot.sql().single("SELECT status FROM warehouse_exception WHERE id = ?", exception.id())).isEqualTo("RESOLVED");
        assertThat(depot.sql().single("SELECT resolution_note FROM warehouse_exception WHERE id = ?", exception.id()))
                .isEqualTo("Counted A-01-1: one left, the rest was damaged");
        assertThat(depot.sql().count("SELECT count(*) FROM audit_log WHERE action = 'WAREHOUSE_EXCEPTION_RESOLVED'")).isPositive();
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
        aPicker().send(new ConfirmPick(task.id(), task.binCode(), item.sku(), BigDecimal.ZERO));
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

    /** An order for the quantity, released: its one task, from the first bin. */
    private static PickTaskView releasedTask(String quantity) {
        PlaceOrder order = new PlaceOrder(UUID.randomUUID(), customer, List.of(new PlaceOrder.Line(item.id(), new BigDecimal(quantity),
                null, null)), null, null, null);
        repPhone.send(order);
        depot.as(Role.ORDER_DESK).post("api/orders/" + order.orderId() + "/release");
        return aPicker().views(PickTaskView.class).stream().filter(t -> t.orderId().equals(order.orderId())).findFirst().orElseThrow();
    }

    private static TestDevice aPicker() {
        return TestDevice.of(depot, depot.addUser(Role.PICKER, main.id()));
    }

    private static BigDecimal onHand(String bin) {
        return depot.sql().decimal("SELECT quantity FROM stock_balance WHERE item_id = ? AND location_id = ?", item.id(),
                main.locations().get(bin));
    }
}
