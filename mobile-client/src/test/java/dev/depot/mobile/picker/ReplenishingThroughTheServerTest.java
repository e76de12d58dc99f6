package dev.depot.mobile.picker;

import static dev.depot.mobile.testing.DeviceOnScreen.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.mobile.testing.DeviceOnScreen;
import dev.depot.mobile.testing.HeadlessScreen;
import dev.depot.model.commands.Outcome;
import dev.depot.model.commands.PlaceOrder;
import dev.depot.model.identity.Role;
import dev.depot.server.testing.Fixtures;
import dev.depot.server.testing.Invariants;
import dev.depot.server.testing.RunningDepot;
import dev.depot.server.testing.TestDevice;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * A picker on the real app over a real server: the pick that leaves a pick face at its minimum
 * brings a task to fill it from reserve to the handheld, and the picker's scans move the stock in
 * the books.
 */
class ReplenishingThroughTheServerTest {

    @RegisterExtension
    static final HeadlessScreen screen = new HeadlessScreen();

    @RegisterExtension
    static RunningDepot depot = new RunningDepot();

    @TempDir
    Path handheld;

    private final FxRobot robot = new FxRobot();

    @Test
    void aPickThatEmptiesThePickFaceBringsATaskAndTheMoveReachesTheBooks() {
        Fixtures fixtures = new Fixtures(depot);
        Fixtures.TestWarehouse main = fixtures.warehouse("MAIN");
        Fixtures.TestItem gloves = fixtures.item("GLV-100", "8.90");
        fixtures.pickFace(main, "A-01-1", gloves, 4, 20);
        fixtures.stock(gloves, main, "A-01-1", 6);
        fixtures.stock(gloves, main, "A-02-2", 50);
        RunningDepot.TestUser rep = depot.addUser(Role.REP);
        UUID customer = fixtures.customer("C-1", rep.id(), main, "100000.00", "0");
        PlaceOrder order = new PlaceOrder(UUID.randomUUID(), customer, List.of(new PlaceOrder.Line(gloves.id(), new BigDecimal("3"),
                null, null)), null, null, null);
        assertThat(TestDevice.of(depot, rep).send(order).outcome()).isEqualTo(Outcome.APPLIED);
        depot.as(Role.ORDER_DESK).post("api/orders/" + order.orderId() + "/release");
        DeviceOnScreen app = screen.connectedTo(handheld, depot.uri());
        app.signIn(depot.addUser(Role.PICKER, main.id()).username(), RunningDepot.PASSWORD);
        waitUntil("the pick is on the handheld", () -> robot.lookup("#task-A-01-1").tryQuery().isPresent());
        assertThat(app.text("#replenishment-summary")).isEqualTo("No pick faces to fill.");

        robot.clickOn("#start-next-pick");
        app.scan("A-01-1");
        app.scan(gloves.gtin());
        robot.type(KeyCode.ENTER);
        app.device().background().syncSoon();
        waitUntil("the face to fill reaches the handheld", () -> robot.lookup("#replenish-A-01-1-from-A-02-2").tryQuery().isPresent());
        app.screenshot("mobile-replenish-list");

        robot.clickOn("#replenish-A-01-1-from-A-02-2");
        assertThat(app.text("#replenish-take")).as("3 left in the face, up to 20").isEqualTo("Take 17");
        app.scan("A-02-2");
        app.scan(gloves.gtin());
        robot.type(KeyCode.ENTER);
        app.scan("A-01-1");
        app.device().background().syncSoon();
        waitUntil("the move is on the server", () -> app.journal().pending().isEmpty()
                && depot.sql().count("SELECT count(*) FROM replenishment_task WHERE status = 'DONE'") == 1);

        assertThat(fixtures.balance(gloves, main, "A-01-1")).isEqualByComparingTo("20");
        assertThat(fixtures.balance(gloves, main, "A-02-2")).isEqualByComparingTo("33");
        assertThat(app.text("#replenishment-summary")).isEqualTo("No pick faces to fill.");
        Invariants.assertHold(depot.sql());
    }
}
