package dev.depot.mobile;

import com.gluonhq.attach.lifecycle.LifecycleEvent;
import com.gluonhq.attach.lifecycle.LifecycleService;
import com.gluonhq.attach.util.Platform;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The Depot device app: opens the journal, shows the person's work, syncs in the background, closes cleanly. */
public final class DepotMobileApp extends Application {

    /** A large phone, for the desktop window; on a device the app fills the screen. */
    private static final double DESKTOP_WIDTH = 412;
    private static final double DESKTOP_HEIGHT = 860;

    /**
     * Held so the settings stick (java.util.logging keeps loggers weakly): EclipseStore reports every
     * start at INFO, and Attach warns on the desktop that phone services are absent, which is expected.
     */
    private static final List<Logger> QUIETER = List.of(quieter("org.eclipse", Level.WARNING),
            quieter("com.gluonhq.attach.util.impl", Level.SEVERE));

    private DepotDevice device;

    @Override
    public void start(Stage stage) {
        DeviceSettings settings = DeviceSettings.fromEnvironment();
        device = DepotDevice.open(settings.dataDirectory(), settings.server(), Clock.systemUTC(), javafx.application.Platform::runLater);
        MobileUi ui = new MobileUi(device);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = Platform.isDesktop()
                ? new Scene(ui.root(), DESKTOP_WIDTH, Math.min(DESKTOP_HEIGHT, screen.getHeight()))
                : new Scene(ui.root(), screen.getWidth(), screen.getHeight());
        MobileUi.style(scene);
        stage.setTitle("Depot");
        stage.setScene(scene);
        stage.show();
        ui.start();
        // back from the background: catch up at once rather than at the next tick
        LifecycleService.create().ifPresent(lifecycle -> lifecycle.addListener(LifecycleEvent.RESUME, device.background()::syncSoon));
    }

    private static Logger quieter(String name, Level level) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(level);
        return logger;
    }

    @Override
    public void stop() {
        if (device != null) {
            device.close();
        }
    }
}
