package dev.depot.mobile.endtoend;

import static dev.depot.mobile.testing.DeviceOnScreen.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.mobile.testing.DeviceOnScreen;
import dev.depot.mobile.testing.HeadlessScreen;
import dev.depot.model.commands.CommandResult;
import dev.depot.model.commands.Outcome;
import dev.depot.model.commands.PlaceOrder;
import dev.depot.model.identity.Role;
import dev.depot.model.money.Money;
import dev.depot.model.views.OrderStatus;
import dev.depot.model.views.OrderView;
import dev.depot.model.views.PickTaskStatus;
import dev.depot.model.views.PickTaskView;
import dev.depot.server.testing.ApiClient;
import dev.depot.server.testing.Fixtures;
import dev.depot.server.testing.Invariants;
import dev.depot.server.testing.RunningDepot;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * One order the whole way, on real parts: a rep's phone takes it while the server is down, the
 * server comes back and the phone syncs, the order desk releases it, a picker picks it by scanning
 * on a handheld, the warehouse ships it, accounting invoices it, the rep's phone shows it invoiced,
 * and the books balance. The devices are the real app (JavaFX views, EclipseStore journal,
 * HTTP sync); the server is the real server on PostgreSQL.
 */
class OrderToCashEndToEndTest {

    @RegisterExtension
    static final HeadlessScreen screen = new HeadlessScreen();

    @RegisterExtension
    static RunningDepot depot = new RunningDepot();

    @TempDir
    Path repPhone;
    @TempDir
    Path pickerScanner;

    private final FxRobot robot = new FxRobot();
    private DeviceOnScreen app;

    private static Fixtures.TestItem gloves;
    private static Fixtures.TestItem tape;
    private static RunningDepot.TestUser rep;
    private static RunningDepot.TestUser picker;
    private static UUID customer;

    @BeforeAll
    static void theBackOfficeHasSetUpTheBusiness() {
        Fixtures fixtures = new Fixtures(depot);
        Fixtures.TestWarehouse main = fixtures.warehouse("MAIN");
        gloves = fixtures.item("GLOVES", "8.90");
        tape = fixtures.item("TAPE", "2.35");
        fixtures.stock(gloves, main, "A-01-1", 40);
        fixtures.stock(tape, main, "A-02-1", 10);
        fixtures.stock(tape, main, "A-02-2", 200);
        rep = depot.addUser(Role.REP);
        picker = depot.addUser(Role.PICKER, main.id());
        customer = fixtures.customer("C-7", rep.id(), main, "5000.00", "7.5");
    }

    @Test
    void anOrderTakenOfflineTravelsFromTheRepsPhoneToTheInvoiceAndTheBooksBalance() {
        // Morning: the rep signs in and the phone gets its copy of the catalog and the rep's customers.
        app = screen.connectedTo(repPhone, depot.uri());
        app.signIn(rep.username(), RunningDepot.PASSWORD);
        waitUntil("the phone has the customer", () -> app.device().sync().localState().replica().customer(customer).isPresent());

        // The server goes down; the rep takes the order anyway.
        depot.stopServer();
        robot.clickOn("C-7 Trading");
        robot.clickOn("#new-order");
        app.scan(gloves.gtin());
        app.scan(gloves.gtin());
        app.scan("]C101" + tape.gtin() + "3024"); // a case label of 24 rolls: AI 01 GTIN, AI 30 count
        robot.clickOn("#place-order");
        List<PlaceOrder> outbox = app.journal().pending().stream().map(e -> (PlaceOrder) e.command()).toList();
        assertThat(outbox).hasSize(1);
        Money totalOnThePhone = outbox.getFirst().expectedTotal();
        // 2 gloves at 8.90 + 24 rolls at the case price 2.12 (2.35 less 10 %) = 68.68, tax 7.5 % = 5.15
        assertThat(totalOnThePhone).isEqualTo(Money.of("73.83", "USD"));

        // The server is back: the phone syncs and the order is on the server with the same total.
        depot.startServer();
        app.device().background().syncSoon();
        waitUntil("the outbox is empty", () -> app.journal().pending().isEmpty());
        CommandResult result = app.journal().results().getLast();
        assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
        UUID orderId = outbox.getFirst().orderId();
        assertThat(depot.sql().decimal("SELECT total FROM sales_order WHERE id = ?", orderId))
                .isEqualByComparingTo(totalOnThePhone.amount());

        // The order desk releases it to the warehouse.
        ApiClient desk = depot.as(Role.ORDER_DESK);
        assertThat(desk.post("api/orders/" + orderId + "/release").json().getString("status")).isEqualTo("RELEASED");

        // The picker picks it, scanning each bin and item on the handheld.
        app = screen.connectedTo(pickerScanner, depot.uri());
        app.signIn(picker.username(), RunningDepot.PASSWORD);
        waitUntil("the handheld has the tasks", () -> openTasks().size() == 3);
        List<PickTaskView> tasks = openTasks();
        robot.clickOn("#start-next-pick");
        for (PickTaskView task : tasks) {
            assertThat(app.text("#pick-bin")).isEqualTo(task.binCode());
            app.scan(task.binCode());
            app.scan(task.gtin());
            robot.type(KeyCode.ENTER);
        }
        app.device().background().syncSoon();
        waitUntil("the picks reached the server", () -> app.journal().pending().isEmpty());
        assertThat(app.journal().results()).extracting(CommandResult::outcome).containsOnly(Outcome.APPLIED);
        // the tape comes from two bins: 10 from the nearer one, 14 from the next
        assertThat(tasks).extracting(PickTaskView::binCode).containsExactly("A-01-1", "A-02-1", "A-02-2");

        // The warehouse ships it and accounting invoices it.
        assertThat(depot.as(Role.SUPERVISOR).post("api/orders/" + orderId + "/ship").json().getString("status")).isEqualTo("SHIPPED");
        assertThat(depot.as(Role.ACCOUNTANT).post("api/orders/" + orderId + "/invoice").status()).isEqualTo(201);

        // The rep's phone shows what became of the order.
        app = screen.connectedTo(repPhone, depot.uri());
        waitUntil("the phone shows the order invoiced", () -> app.device().sync().localState().replica()
                .find(OrderView.class, OrderView.TYPE, orderId).map(o -> o.status() == OrderStatus.INVOICED).orElse(false));

        assertThat(depot.sql().decimal("SELECT total FROM invoice WHERE order_id = ?", orderId))
                .isEqualByComparingTo(totalOnThePhone.amount());
        assertThat(depot.sql().decimal("SELECT SUM(quantity) FROM stock_balance WHERE item_id = ?", tape.id()))
                .isEqualByComparingTo(new BigDecimal("186"));
        Invariants.assertHold(depot.sql());
    }

    private List<PickTaskView> openTasks() {
        return app.device().sync().localState().replica().all(PickTaskView.class)
                .filter(t -> t.status() == PickTaskStatus.OPEN)
                .sorted(Comparator.comparingInt(PickTaskView::walkSequence))
                .toList();
    }
}
