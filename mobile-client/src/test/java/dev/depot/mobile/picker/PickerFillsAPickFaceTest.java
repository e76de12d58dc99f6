package dev.depot.mobile.picker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.mobile.testing.DeviceOnScreen;
import dev.depot.mobile.testing.HeadlessScreen;
import dev.depot.mobile.testing.ReplicaSeed;
import dev.depot.model.commands.Replenish;
import dev.depot.model.gs1.Gtin;
import dev.depot.sync.protocol.CommandEnvelope;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * A pick face ran low: the picker's handheld, offline, lists it with the reserve bin to fill it from;
 * at the reserve bin the bin and item are scanned and the quantity confirmed, and scanning the pick
 * face records the move. Another bin's label records nothing.
 */
class PickerFillsAPickFaceTest {

    private static final String GLOVES_GTIN = Gtin.parse(ReplicaSeed.GLOVES.gtin()).digits();

    @RegisterExtension
    static final HeadlessScreen screen = new HeadlessScreen();

    @TempDir
    Path directory;

    private final FxRobot robot = new FxRobot();
    private DeviceOnScreen app;

    @BeforeEach
    void startTheAppAsAPickerWithAPickFaceToFill() {
        app = screen.offline(directory, journal -> {
            journal.register(ReplicaSeed.picker());
            journal.commit(ReplicaSeed.forPicker().add(ReplicaSeed.REPLENISHMENT).firstPull(Instant.now()));
        });
    }

    @Test
    void takenFromTheReserveBinAndScannedIntoThePickFaceTheMoveIsQueued() {
        assertThat(app.text("#replenishment-summary")).isEqualTo("1 pick face to fill, from the nearest reserve bin");
        robot.clickOn("#replenish-A-01-3-from-D-07-1");
        assertThat(app.text("#replenish-take")).isEqualTo("Take 24");
        assertThat(app.text("#replenish-to")).isEqualTo("For the pick face A-01-3");

        app.scan("D-07-1");
        app.scan(ReplicaSeed.GLOVES.gtin());
        robot.type(KeyCode.ENTER);

        assertThat(app.text("#fill-message")).isEqualTo("Taken 24 from D-07-1. Now put them into A-01-3.");
        assertThat(app.journal().pending()).as("nothing recorded while the goods are on the way").isEmpty();
        app.scan("A-01-2");
        assertThat(app.text("#fill-message")).isEqualTo("Wrong bin: scanned A-01-2, put them into the pick face A-01-3");
        assertThat(app.journal().pending()).isEmpty();
        app.screenshot("mobile-replenish");

        app.scan("a-01-3");

        assertThat(app.journal().pending()).extracting(CommandEnvelope::command).containsExactly(
                new Replenish(ReplicaSeed.REPLENISHMENT.id(), "D-07-1", GLOVES_GTIN, "A-01-3", new BigDecimal("24")));
        assertThat(app.ui().shell().noticeText()).isEqualTo("Moved 24 × Nitrile gloves, box of 100 into A-01-3.");
        assertThat(app.text("#replenishment-summary")).as("filled on the device, it leaves the list").isEqualTo("No pick faces to fill.");
        assertThat(app.text("#status-pending")).isEqualTo("1 pending");
    }

    @Test
    void theWrongReserveBinOrItemIsCaughtBeforeAnythingIsTaken() {
        robot.clickOn("#replenish-A-01-3-from-D-07-1");

        app.scan("D-07-2");
        assertThat(app.text("#replenish-message")).isEqualTo("Wrong bin: scanned D-07-2, go to D-07-1");
        app.scan("D-07-1");
        app.scan(ReplicaSeed.TAPE.gtin());
        assertThat(app.text("#replenish-message")).isEqualTo("Wrong item: scanned Packing tape 48 mm, take Nitrile gloves, box of 100 (GLV-100)");
        assertThat(app.journal().pending()).isEmpty();
    }
}
