package dev.depot.mobile.receiver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.mobile.testing.DeviceOnScreen;
import dev.depot.mobile.testing.HeadlessScreen;
import dev.depot.mobile.testing.ReplicaSeed;
import dev.depot.model.commands.PutAway;
import dev.depot.model.commands.PutawayOverride;
import dev.depot.sync.protocol.CommandEnvelope;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The receiver's handheld, offline: goods waiting in receiving with the suggested bin, a scan of the
 * bin's label to put them away, one tap saying why when it is another bin, part of the goods into a
 * bin that takes only part, and every putaway queued before any sync.
 */
class ReceiverPutsAwayTest {

    @RegisterExtension
    static final HeadlessScreen screen = new HeadlessScreen();

    @TempDir
    Path directory;

    private final FxRobot robot = new FxRobot();
    private DeviceOnScreen app;

    @BeforeEach
    void startTheAppAsAReceiverWithGoodsWaitingForPutaway() {
        app = screen.offline(directory, journal -> {
            journal.register(ReplicaSeed.receiver());
            journal.commit(ReplicaSeed.forReceiver().firstPull(Instant.now()));
        });
    }

    @Test
    void theSuggestedBinIsConfirmedByItsLabelAndThePutawayIsQueued() {
        assertThat(app.text("#putaway-summary")).isEqualTo("1 receipt to put away, oldest first");
        assertThat(app.text("#putaway-bin-TPE-48")).isEqualTo("→ B-02-1");
        robot.clickOn("#putaway-TPE-48");
        assertThat(app.text("#suggested-bin")).isEqualTo("B-02-1");
        assertThat(app.text("#suggested-why")).isEqualTo("Suggested: already holds this item");
        assertThat(app.text("#putaway-waiting")).isEqualTo("24 waiting in RCV-01 · lot L-88 · PO-000007");
        app.screenshot("mobile-putaway");

        app.scan("b-02-1");
        assertThat(app.text("#putaway-message")).isEqualTo("Bin B-02-1 is the suggested one. Check the quantity and put away.");
        robot.type(KeyCode.ENTER); // the scanner's trigger with nothing scanned puts away

        assertThat(app.journal().pending()).extracting(CommandEnvelope::command)
                .containsExactly(new PutAway(ReplicaSeed.PUTAWAY.id(), "B-02-1", new BigDecimal("24"), null));
        assertThat(app.ui().shell().noticeText()).isEqualTo("24 × Packing tape 48 mm put away in B-02-1.");
        assertThat(app.text("#putaway-summary")).as("put away in full, before any sync").isEqualTo("Nothing waits for putaway.");
        assertThat(app.text("#status-pending")).isEqualTo("1 pending");
    }

    @Test
    void anotherBinAsksWhyInOneTapAndABinThatTakesOnlyPartLeavesTheRestWaiting() {
        robot.clickOn("#putaway-TPE-48");

        app.scan("C-01-1");
        assertThat(app.text("#putaway-message")).isEqualTo("Bin C-01-1 is not the suggested B-02-1: why not?");
        assertThat(robot.lookup("#override-reasons").query().isVisible()).isTrue();
        assertThat(robot.lookup("#put-away").queryAs(Button.class).isDisabled()).isTrue();
        robot.type(KeyCode.ENTER);
        assertThat(app.text("#putaway-message")).isEqualTo("Tap why not B-02-1");
        app.screenshot("mobile-putaway-reason");
        robot.clickOn("#reason-bin-full");
        assertThat(app.text("#putaway-message")).isEqualTo("Bin full: into C-01-1. Check the quantity and put away.");
        robot.doubleClickOn("#putaway-quantity").write("10");
        robot.clickOn("#put-away");

        assertThat(app.journal().pending()).extracting(CommandEnvelope::command)
                .containsExactly(new PutAway(ReplicaSeed.PUTAWAY.id(), "C-01-1", new BigDecimal("10"), PutawayOverride.BIN_FULL));
        assertThat(app.text("#putaway-waiting")).startsWith("14 waiting in RCV-01");
        assertThat(app.text("#putaway-message"))
                .isEqualTo("10 × Packing tape 48 mm put away in C-01-1. Put the other 14 away: scan the next bin.");
        Node reasons = robot.lookup("#override-reasons").query();
        assertThat(reasons.isVisible()).as("the next bin starts afresh").isFalse();

        app.scan("B-02-1");
        robot.type(KeyCode.ENTER);
        assertThat(app.journal().pending()).extracting(CommandEnvelope::command).last()
                .isEqualTo(new PutAway(ReplicaSeed.PUTAWAY.id(), "B-02-1", new BigDecimal("14"), null));
        assertThat(app.text("#putaway-summary")).isEqualTo("Nothing waits for putaway.");
    }

    @Test
    void aProductLabelInsteadOfABinOrNothingScannedIsAnsweredAndChangesNothing() {
        robot.clickOn("#putaway-TPE-48");
        robot.type(KeyCode.ENTER);
        assertThat(app.text("#putaway-message")).isEqualTo("Scan the bin first");

        app.scan(ReplicaSeed.TAPE.gtin());
        assertThat(app.text("#putaway-message")).isEqualTo("That is a product or pallet label: scan the label on the bin");
        app.scan("B-02-1");
        robot.doubleClickOn("#putaway-quantity").write("0");
        robot.clickOn("#put-away");
        assertThat(app.text("#putaway-message")).isEqualTo("Enter how many went into the bin; nothing put away is nothing to record");

        assertThat(app.journal().pending()).isEmpty();
    }
}
