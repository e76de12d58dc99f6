package dev.depot.mobile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.mobile.testing.DeviceOnScreen;
import dev.depot.mobile.testing.HeadlessScreen;
import dev.depot.mobile.testing.ReplicaSeed;
import dev.depot.model.gs1.Gtin;
import java.nio.file.Path;
import java.time.Instant;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class ScanFieldTest {

    @RegisterExtension
    static final HeadlessScreen screen = new HeadlessScreen();

    @TempDir
    Path directory;

    private final FxRobot robot = new FxRobot();
    private DeviceOnScreen app;

    @BeforeEach
    void openAnOrderWithOneLine() {
        app = screen.offline(directory, journal -> {
            journal.register(ReplicaSeed.rep());
            journal.commit(ReplicaSeed.forRep().firstPull(Instant.now()));
        });
        robot.clickOn("Bolt & Nut Supply");
        robot.clickOn("#new-order");
        robot.write(ReplicaSeed.GLOVES.gtin()).type(KeyCode.ENTER);
    }

    @Test
    void theScanFieldTakesFocusBackAfterAButtonIsClickedSoTheNextScanLandsInIt() {
        assertThat(scanFieldIsFocused()).isTrue();

        robot.clickOn("#more-GLV-100");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#quantity-GLV-100").queryAs(TextField.class).getText()).isEqualTo("2");
        assertThat(scanFieldIsFocused()).isTrue();
        robot.write(ReplicaSeed.GLOVES.gtin()).type(KeyCode.ENTER);
        assertThat(robot.lookup("#quantity-GLV-100").queryAs(TextField.class).getText()).isEqualTo("3");
    }

    @Test
    void anotherInputKeepsFocusWhileItIsEditedAndEnterThereChangesOnlyThatLine() {
        robot.doubleClickOn("#quantity-GLV-100");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusOwner()).isSameAs(robot.lookup("#quantity-GLV-100").query());

        robot.write("5").type(KeyCode.ENTER);

        assertThat(robot.lookup("#quantity-GLV-100").queryAs(TextField.class).getText()).isEqualTo("5");
        assertThat(app.journal().pending()).isEmpty();
    }

    @Test
    void aGs1ScanWithAGroupSeparatorReachesTheParserWhole() {
        // a case label: GTIN, lot L7 (variable length, so GS ends it), count 12
        String label = "]C101" + Gtin.parse(ReplicaSeed.TAPE.gtin()).digits() + "10L7" + '\u001D' + "3012";

        robot.write(label).type(KeyCode.ENTER);

        assertThat(robot.lookup("#quantity-TPE-48").queryAs(TextField.class).getText()).isEqualTo("12");
    }

    private boolean scanFieldIsFocused() {
        return focusOwner() == robot.lookup("#scan-field").query();
    }

    private Node focusOwner() {
        return robot.lookup("#scan-field").query().getScene().getFocusOwner();
    }
}
