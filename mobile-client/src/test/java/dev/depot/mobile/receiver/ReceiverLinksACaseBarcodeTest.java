package dev.depot.mobile.receiver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.mobile.testing.DeviceOnScreen;
import dev.depot.mobile.testing.HeadlessScreen;
import dev.depot.mobile.testing.ReplicaSeed;
import dev.depot.model.commands.LinkCaseBarcode;
import dev.depot.model.commands.ReceiveGoods;
import dev.depot.model.gs1.Gtin;
import dev.depot.model.views.PurchaseOrderView;
import dev.depot.sync.protocol.CommandEnvelope;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * A case arrives with a barcode Depot does not know: the receiver's handheld, offline, offers the
 * items of the order whose case has no barcode yet; one tap links it, and the same scan is taken
 * again as that case. Another item's barcode is named for what it is, and nothing is offered.
 */
class ReceiverLinksACaseBarcodeTest {

    private static final PurchaseOrderView.Line TAPE_LINE = ReplicaSeed.PURCHASE_ORDER.lines().get(1);
    private static final String TAPE_CASE = ReplicaSeed.caseGtin(ReplicaSeed.TAPE);

    @RegisterExtension
    static final HeadlessScreen screen = new HeadlessScreen();

    @TempDir
    Path directory;

    private final FxRobot robot = new FxRobot();
    private DeviceOnScreen app;

    @BeforeEach
    void startTheAppAsAReceiverWithAnOrderWhoseTapeHasNoCaseBarcode() {
        app = screen.offline(directory, journal -> {
            journal.register(ReplicaSeed.receiver());
            journal.commit(ReplicaSeed.forReceiver().add(ReplicaSeed.PURCHASE_ORDER.withCase(TAPE_LINE.id(), null)).firstPull(Instant.now()));
        });
        robot.clickOn("#po-PO-000007");
    }

    @Test
    void anUnknownBarcodeIsLinkedWithOneTapAndTheScanCountsAsThatCase() {
        app.scan(TAPE_CASE);

        assertThat(app.text("#receive-message")).isEqualTo("GTIN " + TAPE_CASE + " is new to Depot. If it is on a case of an item "
                + "below, tap the item; if not, set the goods aside and tell the office");
        assertThat(robot.lookup("#case-links .button").queryAll()).as("only the tape's case has no barcode yet").hasSize(1);
        assertThat(app.text("#link-case-TPE-48")).isEqualTo("A case of 12 × Packing tape 48 mm (TPE-48)");
        assertThat(app.journal().pending()).as("nothing recorded before the tap").isEmpty();
        app.screenshot("mobile-receive-link-case");

        robot.clickOn("#link-case-TPE-48");

        assertThat(app.text("#receive-message")).isEqualTo("Linked: " + TAPE_CASE + " is a case of 12. Packing tape 48 mm: 1 case of 12 "
                + "= 12 each. 0 of 24 in so far. Check the quantity and receive.");
        assertThat(robot.lookup("#case-links").queryAs(javafx.scene.layout.VBox.class).isVisible()).isFalse();
        assertThat(robot.lookup("#receive-quantity").queryAs(TextField.class).getText()).isEqualTo("12");
        robot.type(KeyCode.ENTER);

        assertThat(app.journal().pending()).extracting(CommandEnvelope::command).containsExactly(
                new LinkCaseBarcode(ReplicaSeed.PURCHASE_ORDER.id(), TAPE_LINE.id(), TAPE_CASE),
                new ReceiveGoods(ReplicaSeed.PURCHASE_ORDER.id(), TAPE_CASE, new BigDecimal("12"), null, null, null, false));
        assertThat(app.text("#line-progress-TPE-48")).isEqualTo("12 of 24");

        app.scan("]C101" + TAPE_CASE + "302");
        assertThat(app.text("#receive-message")).as("the next case scans as a case at once, offline")
                .startsWith("Packing tape 48 mm: 2 cases of 12 = 24 each.");
    }

    @Test
    void anotherItemsBarcodeIsNamedAndNothingIsOfferedToLink() {
        app.scan(ReplicaSeed.LABELS.gtin());

        assertThat(app.text("#receive-message")).isEqualTo("GTIN " + Gtin.parse(ReplicaSeed.LABELS.gtin()).shortForm()
                + " is LBL-A6 (Shipping labels A6, roll), which is not on PO-000007: set the goods aside and tell the office");
        assertThat(robot.lookup("#case-links .button").queryAll()).isEmpty();

        app.scan(TAPE_CASE);
        app.scan(ReplicaSeed.GLOVES.gtin());
        assertThat(robot.lookup("#case-links .button").queryAll()).as("a good scan takes the offer away").isEmpty();
        assertThat(app.journal().pending()).isEmpty();
    }
}
