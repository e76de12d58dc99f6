package dev.depot.mobile.signin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.mobile.testing.DeviceOnScreen;
import dev.depot.mobile.testing.HeadlessScreen;
import dev.depot.mobile.testing.ReplicaSeed;
import dev.depot.model.commands.ConfirmPick;
import dev.depot.model.identity.Role;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class SigningInAndOutTest {

    @RegisterExtension
    static final HeadlessScreen screen = new HeadlessScreen();

    @TempDir
    Path directory;

    private final FxRobot robot = new FxRobot();
    private DeviceOnScreen app;

    @Test
    void signingInWhileTheServerCannotBeReachedSaysSoAndKeepsTheForm() throws TimeoutException {
        app = screen.offline(directory, journal -> { });
        assertThat(robot.lookup("#server-address").queryAs(TextField.class).getText()).isEqualTo(app.serverAddress().toString());

        robot.clickOn("#username").write("rita");
        robot.clickOn("#password").write("secret");
        app.screenshot("mobile-sign-in");
        robot.clickOn("#sign-in");

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> app.text("#sign-in-message").startsWith("Cannot reach"));
        assertThat(app.text("#sign-in-message"))
                .isEqualTo("Cannot reach the server at " + app.serverAddress() + ". Check the address and the network, then try again.");
        assertThat(app.journal().registration()).isEmpty();
        assertThat(robot.lookup("#sign-in").queryButton().isDisabled()).isFalse();
    }

    @Test
    void aDeviceWithUnsentWorkRefusesToSignOutAndSaysHowMuchWaits() {
        app = screen.offline(directory, journal -> journal.register(ReplicaSeed.picker()));
        robot.interact(() -> app.device().sync().record(
                new ConfirmPick(ReplicaSeed.FIRST_TASK.id(), "A-01-3", ReplicaSeed.GLOVES.gtin(), BigDecimal.ONE, null), Set.of()));

        robot.clickOn("#app-bar-menu");
        app.screenshot("mobile-menu");
        robot.clickOn("Sign out");

        assertThat(app.ui().shell().noticeText()).startsWith("1 command waits to sync.");
        assertThat(app.journal().registration()).isPresent();
        assertThat(app.journal().pending()).hasSize(1);
    }

    @Test
    void signingOutWithNothingPendingWipesTheDeviceAndShowsSignInAgainAlsoAfterARestart() {
        app = screen.offline(directory, journal -> {
            journal.register(ReplicaSeed.rep());
            journal.commit(ReplicaSeed.forRep().firstPull(Instant.now()));
        });

        robot.clickOn("#app-bar-menu");
        robot.clickOn("Sign out");

        assertThat(app.journal().registration()).isEmpty();
        assertThat(app.journal().base()).as("nothing left for the next person").isEmpty();
        assertThat(app.journal().cursor()).isEmpty();
        assertThat(app.text("#status-connection")).isEqualTo("Not signed in");
        assertThat(robot.lookup("#sign-in").tryQuery()).isPresent();
        app.restart();
        assertThat(robot.lookup("#sign-in").tryQuery()).isPresent();
    }

    @Test
    void someoneWhoseWorkIsNotOnTheDeviceIsToldWhereItIs() {
        app = screen.offline(directory,
                journal -> journal.register(ReplicaSeed.registration("sam", "Sam Supervisor", Role.SUPERVISOR)));

        assertThat(robot.lookup(".screen-subheading").queryLabeled().getText())
                .isEqualTo("You are signed in as Warehouse supervisor. This device app is for field reps, pickers and receivers; "
                        + "your work is in the Depot web admin.");
        robot.clickOn(".primary-button");
        assertThat(robot.lookup("#sign-in").tryQuery()).isPresent();
    }

}
