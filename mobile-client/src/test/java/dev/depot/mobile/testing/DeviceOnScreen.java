package dev.depot.mobile.testing;

import dev.depot.mobile.DepotDevice;
import dev.depot.mobile.MobileUi;
import dev.depot.mobile.store.EclipseStoreJournal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app on the (headless) screen over a real journal in a directory, with a real HTTP
 * transport: pointed at a port nobody listens on (the device is offline, as in a basement), or at a
 * real server started by the test.
 */
public final class DeviceOnScreen implements AutoCloseable {

    public static final double WIDTH = 412;
    public static final double HEIGHT = 800;
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final FxRobot robot = new FxRobot();
    private final Path directory;
    private final URI server;
    private DepotDevice device;
    private MobileUi ui;
    private Scene scene;

    private DeviceOnScreen(Path directory, URI server) {
        this.directory = directory;
        this.server = server;
    }

    /** Opens the device's journal, lets the test write to it (registration, replica), then shows the app. */
    static DeviceOnScreen offline(Path directory, Consumer<EclipseStoreJournal> seed) {
        DeviceOnScreen screen = new DeviceOnScreen(directory, unreachableServer());
        screen.open(seed);
        return screen;
    }

    /** The app on a device whose server is {@code server} (it may be down, as servers are). */
    static DeviceOnScreen connectedTo(Path directory, URI server) {
        DeviceOnScreen screen = new DeviceOnScreen(directory, server);
        screen.open(journal -> { });
        return screen;
    }

    /** The app is closed (journal shut down cleanly) and started again on the same directory. */
    public void restart() {
        closeDevice();
        open(journal -> { });
    }

    public DepotDevice device() {
        return device;
    }

    public EclipseStoreJournal journal() {
        return device.journal();
    }

    public MobileUi ui() {
        return ui;
    }

    public URI serverAddress() {
        return server;
    }

    /** Types the person's name and password on the sign-in screen and waits until the device is registered. */
    public void signIn(String username, String password) {
        robot.clickOn("#username").write(username);
        robot.clickOn("#password").write(password);
        robot.clickOn("#sign-in");
        waitUntil("signed in", () -> journal().registration().isPresent());
    }

    /** Waits up to 30 s for what background sync brings about, then for the screen to show it. */
    public static void waitUntil(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A scanner's keyboard wedge: types the code, then Enter, into whatever has the focus (the scan field). */
    public void scan(String code) {
        robot.write(code).type(KeyCode.ENTER);
    }

    /** The text of the label, button or input field the query finds. */
    public String text(String query) {
        Object node = robot.lookup(query).query();
        return node instanceof TextInputControl field ? field.getText() : ((Labeled) node).getText();
    }

    /** Writes what the screen shows now to {@code target/screenshots/<name>.png}. */
    public void screenshot(String name) {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS);
            Files.createDirectories(SCREENSHOTS);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SCREENSHOTS.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not take a snapshot of " + name, e);
        }
    }

    @Override
    public void close() {
        closeDevice();
    }

    private void open(Consumer<EclipseStoreJournal> seed) {
        device = DepotDevice.open(directory, Optional.of(server), Clock.systemUTC(), Platform::runLater);
        seed.accept(device.journal());
        try {
            FxToolkit.setupStage(this::show);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the stage did not come up", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void show(Stage stage) {
        ui = new MobileUi(device);
        scene = new Scene(ui.root(), WIDTH, HEIGHT);
        MobileUi.style(scene);
        stage.setScene(scene);
        stage.setX(0);
        stage.setY(0);
        stage.show();
        stage.toFront();
        ui.start();
    }

    private void closeDevice() {
        if (device != null) {
            device.close();
            device = null;
        }
    }

    private static URI unreachableServer() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
