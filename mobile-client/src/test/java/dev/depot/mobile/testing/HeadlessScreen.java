package dev.depot.mobile.testing;

import dev.depot.mobile.store.EclipseStoreJournal;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

/**
 * The headless screen a test class shows the app on: the JavaFX toolkit comes up once, each app is
 * opened through it, and after each test the app is closed (journal shut down) and the stage cleared.
 * Register with {@code @RegisterExtension static final HeadlessScreen screen = new HeadlessScreen();}.
 */
public final class HeadlessScreen implements BeforeAllCallback, AfterEachCallback {

    private DeviceOnScreen current;

    @Override
    public void beforeAll(ExtensionContext context) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Override
    public void afterEach(ExtensionContext context) throws TimeoutException {
        closeApp();
        FxToolkit.cleanupStages();
    }

    /** The app offline (its server does not answer), after {@code seed} wrote to its journal. */
    public DeviceOnScreen offline(Path directory, Consumer<EclipseStoreJournal> seed) {
        closeApp();
        current = DeviceOnScreen.offline(directory, seed);
        return current;
    }

    /** The app of a device whose server is {@code server}; the app shown before is closed first. */
    public DeviceOnScreen connectedTo(Path directory, URI server) {
        closeApp();
        current = DeviceOnScreen.connectedTo(directory, server);
        return current;
    }

    public void closeApp() {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
