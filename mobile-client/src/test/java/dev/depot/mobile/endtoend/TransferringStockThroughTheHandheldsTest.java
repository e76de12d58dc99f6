package dev.depot.mobile.endtoend;

import static dev.depot.mobile.testing.DeviceOnScreen.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.mobile.testing.DeviceOnScreen;
import dev.depot.mobile.testing.HeadlessScreen;
import dev.depot.model.identity.Role;
import dev.depot.model.views.TransferView;
import dev.depot.server.testing.ApiClient;
import dev.depot.server.testing.ApiResponse;
import dev.depot.server.testing.Fixtures;
import dev.depot.server.testing.Invariants;
import dev.depot.server.testing.RunningDepot;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * A transfer on the real apps over a real server: MAIN's picker loads it by scanning bin and item,
 * the supervisor dispatches it, and EAST's receiver scans it off the truck; a scan of an item that is
 * not on it is caught on the handheld. The stock ends in EAST's receiving, and the books balance.
 */
class TransferringStockThroughTheHandheldsTest {

    @RegisterExtension
    static final HeadlessScreen screen = new HeadlessScreen();

    @RegisterExtension
    static RunningDepot depot = new RunningDepot();

    @TempDir
    Path pickersHandheld;
    @TempDir
    Path receiversHandheld;

    private final FxRobot robot = new FxRobot();

    @Test
    void thePickerLoadsTheTruckLeavesAndTheReceiverScansItIn() {
        Fixtures fixtures = new Fixtures(depot);
        Fixtures.TestWarehouse main = fixtures.warehouse("MAIN");
        Fixtures.TestWarehouse east = fixtures.warehouse("EAST");
        Fixtures.TestItem gloves = fixtures.item("GLV-200", "8.90");
        Fixtures.TestItem other = fixtures.item("CUP-200", "2.10");
        fixtures.stock(gloves, main, "A-01-2", 40);
        ApiClient supervisor = depot.signedIn(depot.addUser(Role.SUPERVISOR, main.id()));
        ApiResponse opened = supervisor.post("api/transfers", Map.of("from", "MAIN", "to", "EAST",
                "expectedOn", LocalDate.now().plusDays(1).toString(), "lines", List.of(Map.of("item", gloves.sku(), "quantity", 24))));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        TransferView transfer = opened.as(TransferView.class);

        DeviceOnScreen picker = screen.connectedTo(pickersHandheld, depot.uri());
        picker.signIn(depot.addUser(Role.PICKER, main.id()).username(), RunningDepot.PASSWORD);
        String card = "#load-" + transfer.number() + "-GLV-200";
        waitUntil("the transfer is on the picker's handheld", () -> robot.lookup(card).tryQuery().isPresent());
        assertThat(picker.text("#load-summary")).isEqualTo("1 line of transfers to load, in walking order");
        picker.screenshot("mobile-transfer-load");
        robot.clickOn(card);
        assertThat(picker.text("#load-take")).isEqualTo("Take 24");
        picker.scan("A-01-2");
        picker.scan(gloves.gtin());
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup(card).tryQuery()).as("loaded in full, offline or not").isEmpty();
        assertThat(robot.lookup("#load-summary").query().isVisible()).as("no empty section for transfers").isFalse();
        picker.device().background().syncSoon();
        waitUntil("the load is on the server", () -> picker.journal().pending().isEmpty()
                && depot.sql().decimal("SELECT loaded_quantity FROM transfer_line WHERE transfer_id = ?", transfer.id()).intValue() == 24);
        assertThat(fixtures.balance(gloves, main, "SHIP-01")).isEqualByComparingTo("24");

        assertThat(supervisor.post("api/transfers/" + transfer.id() + "/dispatch").status()).isEqualTo(200);

        DeviceOnScreen receiver = screen.connectedTo(receiversHandheld, depot.uri());
        receiver.signIn(depot.addUser(Role.RECEIVER, east.id()).username(), RunningDepot.PASSWORD);
        waitUntil("the transfer is on the receiver's handheld", () -> robot.lookup("#transfer-" + transfer.number()).tryQuery().isPresent());
        robot.clickOn("#transfer-" + transfer.number());
        receiver.scan(other.gtin());
        assertThat(receiver.text("#transfer-message")).isEqualTo(other.gtin() + " is not on " + transfer.number()
                + "; set it aside and tell the office");
        receiver.scan(gloves.gtin());
        assertThat(receiver.text("#transfer-quantity")).as("what is still to come").isEqualTo("24");
        receiver.screenshot("mobile-transfer-receive");
        robot.type(KeyCode.ENTER);
        assertThat(receiver.text("#transfer-received-GLV-200")).isEqualTo("24 of 24");
        assertThat(receiver.text("#transfer-message")).endsWith("All of " + transfer.number() + " is in.");
        receiver.device().background().syncSoon();
        waitUntil("the receipt is on the server", () -> receiver.journal().pending().isEmpty()
                && depot.sql().count("SELECT count(*) FROM transfer_order WHERE status = 'RECEIVED'") == 1);

        assertThat(fixtures.balance(gloves, east, "RCV-01")).isEqualByComparingTo("24");
        assertThat(fixtures.balance(gloves, east, "IN-TRANSIT")).isZero();
        Invariants.assertHold(depot.sql());
    }
}
