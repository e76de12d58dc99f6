package dev.depot.mobile.receiver;

import static dev.depot.mobile.testing.DeviceOnScreen.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.depot.mobile.testing.DeviceOnScreen;
import dev.depot.mobile.testing.HeadlessScreen;
import dev.depot.model.gs1.Gtin;
import dev.depot.model.identity.Role;
import dev.depot.model.views.PurchaseOrderView;
import dev.depot.server.testing.Fixtures;
import dev.depot.server.testing.Invariants;
import dev.depot.server.testing.RunningDepot;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * A receiver on the real app over a real server: the purchase order the office placed reaches the
 * handheld, a scanned pallet label books the goods into receiving with their lot and expiry, the
 * order leaves the handheld once everything is in, and the goods go from receiving into the bin the
 * server suggests, where they can be sold.
 */
class ReceivingThroughTheServerTest {

    @RegisterExtension
    static final HeadlessScreen screen = new HeadlessScreen();

    @RegisterExtension
    static RunningDepot depot = new RunningDepot();

    @TempDir
    Path handheld;

    private final FxRobot robot = new FxRobot();

    @Test
    void goodsScannedInAndPutAwayReachTheBooksAndTheHandheldKeepsUp() {
        Fixtures fixtures = new Fixtures(depot);
        Fixtures.TestWarehouse main = fixtures.warehouse("MAIN");
        Fixtures.TestItem gloves = fixtures.item("GLV-100", "8.90");
        PurchaseOrderView order = fixtures.purchaseOrder(main, "0", 30, gloves);
        fixtures.binRules(main, "A-01-2", "A", 100, gloves);
        RunningDepot.TestUser receiver = depot.addUser(Role.RECEIVER, main.id());
        DeviceOnScreen app = screen.connectedTo(handheld, depot.uri());
        app.signIn(receiver.username(), RunningDepot.PASSWORD);
        waitUntil("the order is on the handheld", () -> robot.lookup("#po-" + order.number()).tryQuery().isPresent());

        robot.clickOn("#po-" + order.number());
        app.scan("(01)" + Gtin.parse(gloves.gtin()).digits() + "(17)270531(10)LOT-7(30)24");
        robot.clickOn("#receive");
        app.device().background().syncSoon();
        waitUntil("the receipt is on the server",
                () -> depot.sql().count("SELECT count(*) FROM goods_receipt WHERE item_id = ?", gloves.id()) == 1);

        assertThat(depot.sql().rows("SELECT lot, quantity FROM goods_receipt WHERE item_id = ?", gloves.id())).singleElement()
                .satisfies(receipt -> {
                    assertThat(receipt.get("lot")).isEqualTo("LOT-7");
                    assertThat((BigDecimal) receipt.get("quantity")).isEqualByComparingTo("24");
                });
        assertThat(fixtures.balance(gloves, main, "RCV-01")).isEqualByComparingTo("24");

        app.scan(gloves.gtin());
        robot.doubleClickOn("#receive-quantity").write("6");
        robot.clickOn("#receive");
        assertThat(app.ui().shell().noticeText()).isEqualTo(order.number() + ": every line is in. It leaves the list with the next sync.");
        app.device().background().syncSoon();
        waitUntil("the received order leaves the handheld", () -> robot.lookup("#po-" + order.number()).tryQuery().isEmpty()
                && app.journal().pending().isEmpty());
        assertThat(app.text("#receiving-summary")).isEqualTo("Nothing due in. New purchase orders arrive with the next sync.");

        waitUntil("both receipts wait for putaway", () -> app.text("#putaway-summary").equals("2 receipts to put away, oldest first"));
        assertThat(app.text("#putaway-bin-GLV-100")).as("the item's pick face").isEqualTo("→ A-01-2");
        putAwayTheFirstInto(app, "A-01-2");
        // the list settles once the server's answer is in: the task put away is gone from the base, not just laid over it
        waitUntil("the first putaway is on the server and back", () -> app.journal().pending().isEmpty()
                && app.text("#putaway-summary").equals("1 receipt to put away, oldest first"));
        putAwayTheFirstInto(app, "A-01-2");
        assertThat(app.text("#putaway-summary")).isEqualTo("Nothing waits for putaway.");
        waitUntil("the putaways are on the server", () -> app.journal().pending().isEmpty()
                && depot.sql().count("SELECT count(*) FROM putaway_task WHERE status = 'DONE' AND item_id = ?", gloves.id()) == 2);
        assertThat(fixtures.balance(gloves, main, "A-01-2")).isEqualByComparingTo("30");
        assertThat(fixtures.balance(gloves, main, "RCV-01")).isZero();
        assertThat(depot.sql().decimal("SELECT on_hand FROM stock_position WHERE item_id = ?", gloves.id()))
                .as("put away, the goods can be sold").isEqualByComparingTo("30");
        Invariants.assertHold(depot.sql());
    }

    @Test
    void aCaseBarcodeLinkedOnTheHandheldBecomesTheItemsCaseOnTheServer() {
        Fixtures fixtures = new Fixtures(depot);
        Fixtures.TestWarehouse north = fixtures.warehouse("NORTH");
        Fixtures.TestItem tape = fixtures.itemWithoutCaseBarcode("TPE-48", "2.35");
        PurchaseOrderView order = fixtures.purchaseOrder(north, "0", 36, tape);
        String caseGtin = Fixtures.caseOf(Gtin.parse(tape.gtin())).digits();
        DeviceOnScreen app = screen.connectedTo(handheld, depot.uri());
        app.signIn(depot.addUser(Role.RECEIVER, north.id()).username(), RunningDepot.PASSWORD);
        waitUntil("the order is on the handheld", () -> robot.lookup("#po-" + order.number()).tryQuery().isPresent());

        robot.clickOn("#po-" + order.number());
        app.scan("(01)" + caseGtin + "(30)3");
        robot.clickOn("#link-case-TPE-48");
        robot.clickOn("#receive");
        app.device().background().syncSoon();
        waitUntil("the link and the receipt are on the server", () -> app.journal().pending().isEmpty()
                && depot.sql().count("SELECT count(*) FROM goods_receipt WHERE item_id = ?", tape.id()) == 1);

        assertThat(depot.sql().single("SELECT case_gtin FROM item WHERE id = ?", tape.id()).toString()).isEqualTo(caseGtin);
        assertThat(fixtures.balance(tape, north, "RCV-01")).as("3 cases of 12").isEqualByComparingTo("36");
        waitUntil("the order, received in full, leaves the handheld", () -> robot.lookup("#po-" + order.number()).tryQuery().isEmpty());
        Invariants.assertHold(depot.sql());
    }

    @Test
    void aPalletAnnouncedThroughTheApiIsReceivedWholeByOneScanOnTheHandheld() {
        Fixtures fixtures = new Fixtures(depot);
        Fixtures.TestWarehouse south = fixtures.warehouse("SOUTH");
        Fixtures.TestItem gloves = fixtures.item("GLV-200", "8.90");
        Fixtures.TestItem tape = fixtures.item("TPE-50", "2.35");
        PurchaseOrderView order = fixtures.purchaseOrder(south, "0", 40, gloves, tape);
        String pallet = "106141411234567897";
        Map<String, Object> notice = Map.of("pallets", List.of(Map.of("sscc", pallet, "lines", List.of(
                Map.of("item", "GLV-200", "quantity", 40), Map.of("item", "TPE-50", "quantity", 40, "lot", "T-9")))));
        assertThat(depot.signedIn(depot.addUser(Role.SUPERVISOR, south.id())).post("api/purchase-orders/" + order.id() + "/asn", notice)
                .status()).isEqualTo(201);
        DeviceOnScreen app = screen.connectedTo(handheld, depot.uri());
        app.signIn(depot.addUser(Role.RECEIVER, south.id()).username(), RunningDepot.PASSWORD);
        waitUntil("the order is on the handheld", () -> robot.lookup("#po-" + order.number()).tryQuery().isPresent());

        robot.clickOn("#po-" + order.number());
        app.scan("(00)" + pallet);
        robot.clickOn("#receive");
        app.device().background().syncSoon();
        waitUntil("the pallet is on the server", () -> app.journal().pending().isEmpty()
                && depot.sql().count("SELECT count(*) FROM asn_pallet WHERE sscc = ? AND received_at IS NOT NULL", pallet) == 1);

        assertThat(depot.sql().rows("SELECT lot, quantity FROM goods_receipt WHERE purchase_order_id = ? ORDER BY lot", order.id()))
                .extracting(r -> r.get("lot"), r -> ((BigDecimal) r.get("quantity")).intValue())
                .containsExactly(tuple("T-9", 40), tuple(null, 40));
        assertThat(fixtures.balance(tape, south, "RCV-01")).isEqualByComparingTo("40");
        waitUntil("the order, received in full, leaves the handheld", () -> robot.lookup("#po-" + order.number()).tryQuery().isEmpty());
        Invariants.assertHold(depot.sql());
    }

    private void putAwayTheFirstInto(DeviceOnScreen app, String bin) {
        robot.clickOn("#putaway-GLV-100");
        app.scan(bin);
        robot.type(KeyCode.ENTER);
        app.device().background().syncSoon();
    }
}
