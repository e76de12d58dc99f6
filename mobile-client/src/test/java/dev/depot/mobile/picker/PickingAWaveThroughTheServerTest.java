package dev.depot.mobile.picker;

import static dev.depot.mobile.testing.DeviceOnScreen.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.mobile.testing.DeviceOnScreen;
import dev.depot.mobile.testing.HeadlessScreen;
import dev.depot.model.commands.Outcome;
import dev.depot.model.commands.PlaceOrder;
import dev.depot.model.identity.Role;
import dev.depot.server.DepotServer;
import dev.depot.server.identity.Caller;
import dev.depot.server.identity.Users;
import dev.depot.server.testing.Fixtures;
import dev.depot.server.testing.Invariants;
import dev.depot.server.testing.RunningDepot;
import dev.depot.server.testing.TestDevice;
import dev.depot.server.waves.Wave;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * A picker on the real app over a real server works a wave: two orders on one cart, a tote each; the
 * handheld shows the wave, sends the picker along the path and says which tote each pick goes into.
 * When the supervisor hands the wave to another picker, it leaves this handheld; the pick already
 * made stands.
 */
class PickingAWaveThroughTheServerTest {

    @RegisterExtension
    static final HeadlessScreen screen = new HeadlessScreen();

    @RegisterExtension
    static RunningDepot depot = new RunningDepot();

    @TempDir
    Path handheld;

    private final FxRobot robot = new FxRobot();

    @Test
    void theHandheldWalksTheWaveToteByToteAndLetsGoOfItWhenTheWaveIsReassigned() {
        Fixtures fixtures = new Fixtures(depot);
        Fixtures.TestWarehouse main = fixtures.warehouse("MAIN");
        Fixtures.TestItem gloves = fixtures.item("GLV-100", "8.90");
        Fixtures.TestItem towels = fixtures.item("TWL-200", "3.20");
        fixtures.stock(gloves, main, "A-01-1", 20);
        fixtures.stock(towels, main, "A-02-1", 20);
        RunningDepot.TestUser rep = depot.addUser(Role.REP);
        UUID customer = fixtures.customer("C-1", rep.id(), main, "100000.00", "0");
        fixtures.shipsWith(customer, "DHL", LocalTime.of(15, 0));
        PlaceOrder first = order(rep, customer, gloves, 2);
        PlaceOrder second = order(rep, customer, towels, 3);
        RunningDepot.TestUser supervisor = depot.addUser(Role.SUPERVISOR, main.id());
        Wave wave = capabilities().transactions().inTransaction(em -> capabilities().orderSteps().release().releaseWave(em, main.id(),
                List.of(first.orderId(), second.orderId()), caller(supervisor)));
        RunningDepot.TestUser picker = depot.addUser(Role.PICKER, main.id());
        RunningDepot.TestUser otherPicker = depot.addUser(Role.PICKER, main.id());

        DeviceOnScreen app = screen.connectedTo(handheld, depot.uri());
        app.signIn(picker.username(), RunningDepot.PASSWORD);
        waitUntil("the wave is on the handheld", () -> robot.lookup("#wave-" + wave.number()).tryQuery().isPresent());
        assertThat(app.text("#wave-" + wave.number())).isEqualTo("Wave " + wave.number() + " · 2 totes");
        assertThat(app.text("#task-tote-A-01-1")).isEqualTo("Tote 1");
        assertThat(app.text("#task-tote-A-02-1")).isEqualTo("Tote 2");
        app.screenshot("mobile-wave");

        robot.clickOn("#start-next-pick");
        assertThat(app.text("#pick-tote")).isEqualTo("Into tote 1");
        app.scan("A-01-1");
        app.scan(gloves.gtin());
        robot.type(KeyCode.ENTER);
        assertThat(app.text("#pick-bin")).as("on along the path, to the other order's tote").isEqualTo("A-02-1");
        assertThat(app.text("#pick-tote")).isEqualTo("Into tote 2");
        app.screenshot("mobile-wave-pick");
        robot.clickOn("#app-bar-back");
        app.device().background().syncSoon();
        waitUntil("the pick is on the server", () -> app.journal().pending().isEmpty()
                && depot.sql().count("SELECT count(*) FROM pick_task WHERE status = 'PICKED'") == 1);

        capabilities().transactions().run(em -> capabilities().waves().assign(em, wave.id(),
                new Users(em).byId(otherPicker.id()).orElseThrow(), main.id()));
        app.device().background().syncSoon();
        waitUntil("the wave leaves this handheld", () -> robot.lookup("#wave-" + wave.number()).tryQuery().isEmpty());
        assertThat(app.text("#pick-summary")).isEqualTo("No picks waiting. New tasks arrive with the next sync.");
        assertThat(depot.sql().decimal("SELECT picked_quantity FROM pick_task WHERE bin_code = 'A-01-1'"))
                .as("the pick made before stands").isEqualByComparingTo("2");
        Invariants.assertHold(depot.sql());
    }

    private static PlaceOrder order(RunningDepot.TestUser rep, UUID customer, Fixtures.TestItem item, int quantity) {
        PlaceOrder order = new PlaceOrder(UUID.randomUUID(), customer, List.of(new PlaceOrder.Line(item.id(), BigDecimal.valueOf(quantity),
                null, null)), null, null, null);
        assertThat(TestDevice.of(depot, rep).send(order).outcome()).isEqualTo(Outcome.APPLIED);
        return order;
    }

    private static Caller caller(RunningDepot.TestUser user) {
        return capabilities().identity().signIn(user.username(), RunningDepot.PASSWORD).caller();
    }

    private static DepotServer.Capabilities capabilities() {
        return depot.server().capabilities();
    }
}
