package dev.depot.mobile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.mobile.testing.DeviceOnScreen;
import dev.depot.mobile.testing.HeadlessScreen;
import dev.depot.mobile.testing.ReplicaSeed;
import dev.depot.model.commands.ConfirmPick;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class StatusBarTest {

    @RegisterExtension
    static final HeadlessScreen screen = new HeadlessScreen();

    @TempDir
    Path directory;

    private final FxRobot robot = new FxRobot();
    private DeviceOnScreen app;

    @Test
    void theStatusBarShowsOfflineThePendingCountAndThatSyncNeverWorked() throws TimeoutException {
        app = screen.offline(directory, journal -> journal.register(ReplicaSeed.picker()));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.text("#status-connection").equals("Offline"));
        assertThat(app.text("#status-pending")).isEqualTo("0 pending");
        assertThat(app.text("#status-last-sync")).isEqualTo("Last sync never");

        robot.interact(() -> app.device().sync().record(
                new ConfirmPick(ReplicaSeed.FIRST_TASK.id(), "A-01-3", ReplicaSeed.GLOVES.gtin(), BigDecimal.ONE, null), Set.of()));

        assertThat(app.text("#status-pending")).isEqualTo("1 pending");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.text("#status-connection").equals("Offline"));
        assertThat(app.text("#status-pending")).isEqualTo("1 pending");
    }

}
