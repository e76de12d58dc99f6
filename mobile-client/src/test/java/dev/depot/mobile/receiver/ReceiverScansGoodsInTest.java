package dev.depot.mobile.receiver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.mobile.testing.DeviceOnScreen;
import dev.depot.mobile.testing.HeadlessScreen;
import dev.depot.mobile.testing.ReplicaSeed;
import dev.depot.model.commands.ReceiveGoods;
import dev.depot.model.gs1.Gtin;
import dev.depot.sync.protocol.CommandEnvelope;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The receiver's handheld, offline: the orders due in, a scan of a goods label that names a line
 * (with its lot, expiry and pallet), a quantity taken from the label, one tap for damaged goods, and
 * every receipt queued and counted on its line before any sync.
 */
class ReceiverScansGoodsInTest {

    private static final String GLOVES_GTIN = Gtin.parse(ReplicaSeed.GLOVES.gtin()).digits();
    private static final String PALLET = "106141411234567897";

    @RegisterExtension
    static final HeadlessScreen screen = new HeadlessScreen();

    @TempDir
    Path directory;

    private final FxRobot robot = new FxRobot();
    private DeviceOnScreen app;

    @BeforeEach
    void startTheAppAsAReceiverWithAnOrderDueIn() {
        app = screen.offline(directory, journal -> {
            journal.register(ReplicaSeed.receiver());
            journal.commit(ReplicaSeed.forReceiver().firstPull(Instant.now()));
        });
    }

    @Test
    void aPalletLabelNamesTheLineAndItsLotAndTheReceiptIsQueuedAndCounted() {
        assertThat(app.text("#receiving-summary")).isEqualTo("1 purchase order to receive, earliest due first");
        assertThat(app.text("#po-status-PO-000007")).isEqualTo("0 of 2 lines in");
        app.screenshot("mobile-receiving");
        robot.clickOn("#po-PO-000007");

        app.scan("]C100" + PALLET + "01" + GLOVES_GTIN + "17270531" + "10LOT-7\u001D" + "3024");

        assertThat(app.text("#receive-message")).isEqualTo("Nitrile gloves, box of 100: 0 of 48 in so far. Check the quantity and receive.");
        assertThat(app.text("#scanned-label")).isEqualTo("48 still to come · lot LOT-7 · expires 31 May 2027 · pallet " + PALLET);
        assertThat(robot.lookup("#receive-quantity").queryAs(TextField.class).getText()).as("the label's count").isEqualTo("24");
        app.screenshot("mobile-receive-scanned");
        robot.type(KeyCode.ENTER); // the scanner's trigger with nothing scanned receives

        assertThat(app.journal().pending()).extracting(CommandEnvelope::command).containsExactly(new ReceiveGoods(
                ReplicaSeed.PURCHASE_ORDER.id(), GLOVES_GTIN, new BigDecimal("24"), "LOT-7", LocalDate.of(2027, 5, 31), PALLET, false));
        assertThat(app.text("#receive-message")).isEqualTo(
                "Received 24 × Nitrile gloves, box of 100: leave it in receiving for putaway. Scan the next label.");
        assertThat(app.text("#line-progress-GLV-100")).as("counted on the line before any sync").isEqualTo("24 of 48");
        assertThat(app.text("#status-pending")).isEqualTo("1 pending");
    }

    @Test
    void aScanOfTheCasesBarcodeCountsItsEachesAndACaseLabelCountsEveryCase() {
        robot.clickOn("#po-PO-000007");
        String caseGtin = ReplicaSeed.caseGtin(ReplicaSeed.GLOVES);

        app.scan(caseGtin);
        assertThat(app.text("#receive-message"))
                .isEqualTo("Nitrile gloves, box of 100: 1 case of 12 = 12 each. 0 of 48 in so far. Check the quantity and receive.");
        assertThat(robot.lookup("#receive-quantity").queryAs(TextField.class).getText()).isEqualTo("12");

        app.scan("]C101" + caseGtin + "10LOT-8\u001D" + "302");
        assertThat(app.text("#receive-message")).startsWith("Nitrile gloves, box of 100: 2 cases of 12 = 24 each.");
        robot.type(KeyCode.ENTER);

        assertThat(app.journal().pending()).extracting(CommandEnvelope::command).containsExactly(new ReceiveGoods(
                ReplicaSeed.PURCHASE_ORDER.id(), caseGtin, new BigDecimal("24"), "LOT-8", null, null, false));
        assertThat(app.text("#line-progress-GLV-100")).isEqualTo("24 of 48");
    }

    @Test
    void damagedGoodsAreMarkedWithOneTapAndAScanOfSomethingNotOnTheOrderChangesNothing() {
        robot.clickOn("#po-PO-000007");

        app.scan(ReplicaSeed.LABELS.gtin());
        assertThat(app.text("#receive-message")).isEqualTo("GTIN " + ReplicaSeed.LABELS.gtin()
                + " is LBL-A6 (Shipping labels A6, roll), which is not on PO-000007: set the goods aside and tell the office");
        app.scan("0109506000134353"); // a damaged label: wrong check digit
        assertThat(app.text("#receive-message")).startsWith("Cannot read this barcode: ");
        assertThat(app.journal().pending()).isEmpty();

        app.scan("tpe-48"); // keyed from the delivery note when the label will not scan
        robot.doubleClickOn("#receive-quantity").write("2");
        robot.clickOn("#damaged");
        robot.clickOn("#receive");

        assertThat(app.journal().pending()).extracting(CommandEnvelope::command).containsExactly(new ReceiveGoods(
                ReplicaSeed.PURCHASE_ORDER.id(), "tpe-48", new BigDecimal("2"), null, null, null, true));
        assertThat(app.text("#receive-message")).isEqualTo("Received 2 × Packing tape 48 mm: take it to quarantine. Scan the next label.");
        assertThat(app.text("#line-progress-TPE-48")).isEqualTo("2 of 24");
    }

    @Test
    void nothingIsReceivedBeforeAScanOrWithAQuantityOfNothing() {
        robot.clickOn("#po-PO-000007");
        robot.type(KeyCode.ENTER);
        assertThat(app.text("#receive-message")).isEqualTo("Scan the goods first");

        app.scan(ReplicaSeed.GLOVES.gtin());
        robot.doubleClickOn("#receive-quantity").write("0");
        robot.clickOn("#receive");

        assertThat(app.text("#receive-message")).isEqualTo("Enter how many came in; nothing to receive is nothing to record");
        assertThat(app.journal().pending()).isEmpty();
    }
}
