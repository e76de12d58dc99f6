package dev.depot.mobile.picker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.mobile.testing.DeviceOnScreen;
import dev.depot.mobile.testing.HeadlessScreen;
import dev.depot.mobile.testing.ReplicaSeed;
import dev.depot.model.commands.CountStock;
import dev.depot.model.gs1.Gtin;
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
 * A blind count on the picker's handheld, offline: the bin waits on the task list, the count screen
 * never says what the books expect, the bin and the item are checked by scan, and how many were found
 * (none is an answer) is queued before any sync.
 */
class PickerCountsABinTest {

    @RegisterExtension
    static final HeadlessScreen screen = new HeadlessScreen();

    @TempDir
    Path directory;

    private final FxRobot robot = new FxRobot();
    private DeviceOnScreen app;

    @BeforeEach
    void startTheAppAsAPickerWithABinToCount() {
        app = screen.offline(directory, journal -> {
            journal.register(ReplicaSeed.picker());
            journal.commit(ReplicaSeed.forPicker().firstPull(Instant.now()));
        });
    }

    @Test
    void aBlindCountIsCheckedByScanAndQueuedWithWhatWasFound() {
        assertThat(app.text("#count-summary")).isEqualTo("1 bin to count, in walking order");
        robot.clickOn("#count-C-04-2");
        assertThat(app.text("#count-bin")).isEqualTo("C-04-2");
        assertThat(app.text("#count-reason")).isEqualTo("Short pick: 2 fewer than the books said");
        assertThat(robot.lookup("#count-quantity").queryAs(TextField.class).getText()).as("blind: nothing to copy").isEmpty();

        app.scan("A-01-3");
        assertThat(app.text("#count-message")).isEqualTo("Wrong bin: scanned A-01-3, go to C-04-2");
        app.scan("c-04-2");
        app.scan(ReplicaSeed.GLOVES.gtin());
        assertThat(app.text("#count-message")).isEqualTo("Wrong item: scanned Nitrile gloves, box of 100, count Shipping labels A6, roll (LBL-A6)");
        app.scan(ReplicaSeed.LABELS.gtin());
        assertThat(app.text("#count-message")).isEqualTo("Item is right. Count them and enter how many you found.");
        app.screenshot("mobile-count");
        robot.type(KeyCode.ENTER);
        assertThat(app.text("#count-message")).isEqualTo("Enter the quantity, 0 if there is none");
        assertThat(app.journal().pending()).isEmpty();

        app.scan("0"); // keyed on the scanner's keypad: the focus never leaves the scan field

        assertThat(app.journal().pending()).extracting(CommandEnvelope::command).containsExactly(new CountStock(ReplicaSeed.COUNT.id(),
                "C-04-2", Gtin.parse(ReplicaSeed.LABELS.gtin()).digits(), BigDecimal.ZERO));
        assertThat(app.ui().shell().noticeText()).isEqualTo("Counted 0 × Shipping labels A6, roll in C-04-2.");
        assertThat(app.text("#count-summary")).as("counted, before any sync").isEqualTo("No counts asked for.");
        assertThat(app.text("#status-pending")).isEqualTo("1 pending");
    }
}
