package dev.depot.mobile.revoked;

import static dev.depot.mobile.testing.DeviceOnScreen.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.mobile.testing.DeviceOnScreen;
import dev.depot.mobile.testing.HeadlessScreen;
import dev.depot.mobile.ui.Formats;
import dev.depot.model.commands.PlaceOrder;
import dev.depot.model.identity.Role;
import dev.depot.model.money.Money;
import dev.depot.server.testing.Fixtures;
import dev.depot.server.testing.RunningDepot;
import dev.depot.sync.protocol.DeviceRegistration;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The office revokes a device, and the real app on it hears so from the real server: it wipes its
 * replica, says it was signed out, and keeps what it never sent until its person lets it go.
 */
class SignedOutByTheOfficeTest {

    @RegisterExtension
    static final HeadlessScreen screen = new HeadlessScreen();

    @RegisterExtension
    static RunningDepot depot = new RunningDepot();

    @TempDir
    Path phone;

    private final FxRobot robot = new FxRobot();
    private DeviceOnScreen app;

    private static Fixtures.TestItem gloves;
    private static Fixtures.TestWarehouse main;

    @BeforeAll
    static void theBusiness() {
        Fixtures fixtures = new Fixtures(depot);
        main = fixtures.warehouse("MAIN");
        gloves = fixtures.item("GLOVES", "8.90");
        fixtures.stock(gloves, main, "A-01-1", 40);
    }

    @Test
    void aRevokedPhoneWipesItselfAndKeepsTheOrderItNeverSentUntilItsPersonPassedItOn() {
        RunningDepot.TestUser rep = depot.addUser(Role.REP);
        UUID customer = new Fixtures(depot).customer("C-" + rep.username(), rep.id(), main, "5000.00", "7.5");
        app = screen.connectedTo(phone, depot.uri());
        app.signIn(rep.username(), RunningDepot.PASSWORD);
        waitUntil("the phone has the customer", () -> app.device().sync().localState().replica().customer(customer).isPresent());

        // The server is down for the night; the rep takes an order, and meanwhile the office revokes the phone.
        depot.stopServer();
        robot.clickOn("C-" + rep.username() + " Trading");
        robot.clickOn("#new-order");
        app.scan(gloves.gtin());
        app.scan(gloves.gtin());
        robot.clickOn("#place-order");
        PlaceOrder order = (PlaceOrder) app.journal().pending().getFirst().command();
        DeviceRegistration registration = app.journal().registration().orElseThrow();
        revokedWhileTheServerIsDown(registration);

        depot.startServer();
        app.device().background().syncSoon();
        waitUntil("the phone says it was signed out", () -> robot.lookup("#signed-out-heading").tryQuery().isPresent());

        assertThat(app.text("#signed-out-heading")).isEqualTo("This device was signed out by the office");
        assertThat(app.journal().registration()).isEmpty();
        assertThat(app.journal().base()).as("the replica is gone").isEmpty();
        assertThat(app.journal().unsent()).singleElement().satisfies(unsent -> {
            assertThat(unsent.envelope().command()).isEqualTo(order);
            assertThat(unsent.description()).startsWith("Order for C-" + rep.username() + " Trading at ")
                    .contains(": 2 × GLOVES test item; total " + Formats.money(Money.of("19.14", "USD")));
        });
        assertThat(robot.lookup(".unsent-item").queryLabeled().getText()).isEqualTo(app.journal().unsent().getFirst().description());
        assertThat(depot.sql().count("SELECT count(*) FROM sales_order WHERE id = ?", order.orderId())).isZero();
        app.screenshot("mobile-signed-out-by-office");
        robot.clickOn("#copy-unsent");
        assertThat(clipboard()).contains(app.journal().unsent().getFirst().description()).contains(order.orderId().toString());

        app.restart();
        assertThat(app.text("#signed-out-heading")).as("still there after a restart").isEqualTo("This device was signed out by the office");
        assertThat(robot.lookup("#sign-in-again").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#passed-on");
        robot.clickOn("#sign-in-again");

        assertThat(robot.lookup("#sign-in").tryQuery()).isPresent();
        assertThat(app.journal().unsent()).isEmpty();
    }

    @Test
    void aRevokedScannerWithNothingUnsentOffersToSignInAgainAndThePersonGetsANewDevice() {
        RunningDepot.TestUser picker = depot.addUser(Role.PICKER, main.id());
        app = screen.connectedTo(phone, depot.uri());
        app.signIn(picker.username(), RunningDepot.PASSWORD);
        waitUntil("the first sync is done", () -> app.journal().lastSyncedAt().isPresent());
        DeviceRegistration first = app.journal().registration().orElseThrow();

        var admin = depot.server().capabilities().identity().signIn(depot.addUser(Role.ADMIN).username(), RunningDepot.PASSWORD);
        depot.server().capabilities().transactions()
                .run(em -> depot.server().capabilities().revokeDevice().revoke(em, first.deviceId(), admin.caller()));
        app.device().background().syncSoon();
        waitUntil("the scanner says it was signed out", () -> robot.lookup("#signed-out-heading").tryQuery().isPresent());
        assertThat(robot.lookup("#unsent-work").tryQuery()).isEmpty();

        robot.clickOn("#sign-in-again");
        app.signIn(picker.username(), RunningDepot.PASSWORD);

        DeviceRegistration second = app.journal().registration().orElseThrow();
        assertThat(second.deviceId()).isNotEqualTo(first.deviceId());
        waitUntil("the new registration syncs", () -> app.journal().lastSyncedAt().isPresent());
    }

    private static String clipboard() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError("could not read the clipboard", e);
        }
    }

    /** The office's revocation, written while the server is down: the admin's use case sets the same column. */
    private static void revokedWhileTheServerIsDown(DeviceRegistration device) {
        assertThat(depot.sql().update("UPDATE device SET revoked_at = now() WHERE id = ?", device.deviceId())).isEqualTo(1);
    }
}
