package dev.depot.mobile.receiver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.mobile.testing.DeviceOnScreen;
import dev.depot.mobile.testing.HeadlessScreen;
import dev.depot.mobile.testing.ReplicaSeed;
import dev.depot.model.commands.ReceiveGoods;
import dev.depot.model.views.PurchaseOrderView;
import dev.depot.sync.protocol.CommandEnvelope;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The supplier announced a pallet of the delivery: on the receiver's handheld, offline, one scan of
 * the pallet's label shows what is on it, and one press receives it whole, line by line, each with
 * the pallet's SSCC; the same pallet scanned again is not received twice.
 */
class ReceiverReceivesAnAnnouncedPalletTest {

    private static final String PALLET = "106141411234567897";
    private static final LocalDate EXPIRY = LocalDate.of(2027, 5, 31);
    private static final PurchaseOrderView.Line GLOVES = ReplicaSeed.PURCHASE_ORDER.lines().get(0);
    private static final PurchaseOrderView.Line TAPE = ReplicaSeed.PURCHASE_ORDER.lines().get(1);

    @RegisterExtension
    static final HeadlessScreen screen = new HeadlessScreen();

    @TempDir
    Path directory;

    private final FxRobot robot = new FxRobot();
    private DeviceOnScreen app;

    @BeforeEach
    void startTheAppAsAReceiverWithAnAnnouncedPallet() {
        PurchaseOrderView order = ReplicaSeed.PURCHASE_ORDER;
        PurchaseOrderView announced = new PurchaseOrderView(order.id(), order.warehouseId(), order.number(), order.supplierName(),
                order.expectedOn(), order.lines(), List.of(new PurchaseOrderView.Pallet(PALLET, List.of(
                        new PurchaseOrderView.PalletLine(GLOVES.id(), new BigDecimal("24"), "L-1", EXPIRY),
                        new PurchaseOrderView.PalletLine(TAPE.id(), new BigDecimal("12"), null, null)), false)));
        app = screen.offline(directory, journal -> {
            journal.register(ReplicaSeed.receiver());
            journal.commit(ReplicaSeed.forReceiver().add(announced).firstPull(Instant.now()));
        });
        robot.clickOn("#po-PO-000007");
    }

    @Test
    void onePalletLabelReceivesEveryLineOnItOnce() {
        app.scan("]C100" + PALLET);

        assertThat(app.text("#receive-message")).isEqualTo("Pallet " + PALLET + ": 2 lines, 36 each as announced. "
                + "Check it and receive it whole, or scan the goods' labels one by one.");
        assertThat(app.text("#scanned-item")).isEqualTo("Pallet " + PALLET);
        assertThat(app.text("#scanned-label"))
                .isEqualTo("24 × Nitrile gloves, box of 100 · lot L-1 · expires 31 May 2027\n12 × Packing tape 48 mm");
        app.screenshot("mobile-receive-pallet");

        robot.type(KeyCode.ENTER);

        assertThat(app.journal().pending()).extracting(CommandEnvelope::command).containsExactly(
                new ReceiveGoods(ReplicaSeed.PURCHASE_ORDER.id(), GLOVES.gtin(), new BigDecimal("24.000"), "L-1", EXPIRY, PALLET, false),
                new ReceiveGoods(ReplicaSeed.PURCHASE_ORDER.id(), TAPE.gtin(), new BigDecimal("12.000"), null, null, PALLET, false));
        assertThat(app.text("#receive-message"))
                .isEqualTo("Received pallet " + PALLET + ": 2 lines, leave it in receiving for putaway. Scan the next label.");
        assertThat(app.text("#line-progress-GLV-100")).isEqualTo("24 of 48");
        assertThat(app.text("#line-progress-TPE-48")).isEqualTo("12 of 24");

        app.scan(PALLET);
        assertThat(app.text("#receive-message")).isEqualTo("Pallet " + PALLET + " is received already: put its goods away");
        app.scan("106141411234567880");
        assertThat(app.text("#receive-message"))
                .isEqualTo("Pallet 106141411234567880 is not announced on PO-000007: scan the labels on the goods instead");
        assertThat(app.journal().pending()).hasSize(2);
    }
}
