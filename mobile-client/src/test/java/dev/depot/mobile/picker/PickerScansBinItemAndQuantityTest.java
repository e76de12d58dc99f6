package dev.depot.mobile.picker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.mobile.testing.DeviceOnScreen;
import dev.depot.mobile.testing.HeadlessScreen;
import dev.depot.mobile.testing.ReplicaSeed;
import dev.depot.model.commands.ConfirmPick;
import dev.depot.model.gs1.Gtin;
import dev.depot.model.views.PickTaskStatus;
import dev.depot.model.views.PickTaskView;
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

class PickerScansBinItemAndQuantityTest {

    @RegisterExtension
    static final HeadlessScreen screen = new HeadlessScreen();

    @TempDir
    Path directory;

    private final FxRobot robot = new FxRobot();
    private DeviceOnScreen app;

    @BeforeEach
    void startTheAppAsAPickerWithTasks() {
        app = screen.offline(directory, journal -> {
            journal.register(ReplicaSeed.picker());
            journal.commit(ReplicaSeed.forPicker().firstPull(Instant.now()));
        });
    }

    @Test
    void aPickerIsStoppedAtAWrongBinAWrongItemAndALaterLotThenConfirmsThePickAndIsSentToTheNextTask() {
        assertThat(app.text("#task-status-A-01-3")).isEqualTo("Next");
        robot.clickOn("#start-next-pick");
        assertThat(app.text("#pick-bin")).isEqualTo("A-01-3");
        assertThat(app.text("#pick-lot")).isEqualTo("Lot L2411A · best before 31 Mar 2027");

        app.scan("B-02-1");
        assertThat(app.text("#pick-message")).isEqualTo("Wrong bin: scanned B-02-1, go to A-01-3");
        assertThat(app.journal().pending()).isEmpty();
        app.screenshot("mobile-pick-wrong-bin");

        app.scan("A-01-3");
        app.scan(ReplicaSeed.TAPE.gtin());
        assertThat(app.text("#pick-message")).isEqualTo("Wrong item: scanned Packing tape 48 mm, pick Nitrile gloves, box of 100 (GLV-100)");
        assertThat(app.journal().pending()).isEmpty();

        app.scan("(01)0" + ReplicaSeed.GLOVES.gtin() + "(10)L2502B(17)280131");
        assertThat(app.text("#pick-message")).as("first expired, first out")
                .isEqualTo("Wrong lot: scanned lot L2502B, take lot L2411A, best before 31 Mar 2027: it expires first");
        assertThat(app.journal().pending()).isEmpty();

        app.scan("(01)0" + ReplicaSeed.GLOVES.gtin() + "(10)L2411A(17)270331");
        assertThat(robot.lookup("#pick-quantity").queryAs(TextField.class).getText()).isEqualTo("6");
        app.screenshot("mobile-pick");
        robot.type(KeyCode.ENTER); // the scanner's trigger with nothing scanned confirms

        assertThat(app.journal().pending()).extracting(CommandEnvelope::command).containsExactly(
                new ConfirmPick(ReplicaSeed.FIRST_TASK.id(), "A-01-3", Gtin.parse(ReplicaSeed.GLOVES.gtin()).digits(), new BigDecimal("6"),
                        "L2411A"));
        assertThat(app.text("#pick-bin")).isEqualTo("B-02-1");
        assertThat(localTask(ReplicaSeed.FIRST_TASK).status()).isEqualTo(PickTaskStatus.PICKED);

        robot.clickOn("#app-bar-back");
        assertThat(app.text("#task-status-A-01-3")).isEqualTo("Picked");
        assertThat(app.text("#task-status-B-02-1")).isEqualTo("Next");
        assertThat(app.text("#status-pending")).isEqualTo("1 pending");
        app.screenshot("mobile-picker-tasks");
    }

    @Test
    void aShortPickIsRecordedWithTheQuantityTakenAndTheFirstTaskLeftOpenIsOfferedNext() {
        robot.clickOn("#task-C-04-2");
        app.scan("c-04-2"); // bin labels are read in any case
        app.scan("]C101" + Gtin.parse(ReplicaSeed.LABELS.gtin()).digits());
        robot.doubleClickOn("#pick-quantity").write("2");
        robot.clickOn("#confirm-pick");

        assertThat(app.journal().pending()).extracting(CommandEnvelope::command).containsExactly(
                new ConfirmPick(ReplicaSeed.THIRD_TASK.id(), "C-04-2", Gtin.parse(ReplicaSeed.LABELS.gtin()).digits(), new BigDecimal("2"), null));
        assertThat(localTask(ReplicaSeed.THIRD_TASK).status()).isEqualTo(PickTaskStatus.SHORT);
        assertThat(app.text("#pick-bin")).isEqualTo("A-01-3"); // nothing further along the path: back to the first left open
    }

    @Test
    void aQuantityWithMoreThanThreeDecimalsIsRefusedAndNothingIsRecorded() {
        robot.clickOn("#task-C-04-2");
        app.scan("C-04-2");
        app.scan(ReplicaSeed.LABELS.gtin());
        robot.doubleClickOn("#pick-quantity").write("2.5005");
        robot.clickOn("#confirm-pick");

        assertThat(app.text("#pick-message")).isEqualTo("A quantity has at most 3 decimals, got 2.5005");
        assertThat(app.journal().pending()).isEmpty();
        assertThat(app.text("#pick-bin")).as("still on the same pick").isEqualTo("C-04-2");
    }

    private PickTaskView localTask(PickTaskView task) {
        return app.device().sync().localState().replica().find(PickTaskView.class, PickTaskView.TYPE, task.id()).orElseThrow();
    }

}
