package dev.depot.mobile;

import dev.depot.mobile.revoked.UnsentWorkText;
import dev.depot.mobile.store.EclipseStoreJournal;
import dev.depot.mobile.sync.BackgroundSync;
import dev.depot.mobile.sync.DeviceSync;
import dev.depot.mobile.sync.ServerConnection;
import dev.depot.mobile.sync.SyncSchedule;
import dev.depot.sync.client.SyncClient;
import dev.depot.sync.protocol.DeviceRegistration;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Executor;

/** The device's working parts, wired: journal, server connection, sync client and its background loop. */
public final class DepotDevice implements AutoCloseable {

    static final String APP_VERSION = "0.1.0";
    private static final Duration NETWORK_TIMEOUT = Duration.ofSeconds(10);

    private final EclipseStoreJournal journal;
    private final ServerConnection server;
    private final SyncClient client;
    private final BackgroundSync background;
    private final DeviceSync sync;

    private DepotDevice(EclipseStoreJournal journal, URI serverAddress, Clock clock, Executor uiThread) {
        this.journal = journal;
        this.server = new ServerConnection(serverAddress, NETWORK_TIMEOUT, APP_VERSION);
        this.client = new SyncClient(journal, server, clock);
        this.background = new BackgroundSync(client, SyncSchedule.STANDARD, uiThread, new UnsentWorkText(ZoneId.systemDefault()));
        this.sync = new DeviceSync(client, background, clock);
    }

    /**
     * Opens the journal in {@code dataDirectory}. The server is the one named at launch, else the one
     * last signed in to, else {@link DeviceSettings#DEFAULT_SERVER}.
     *
     * @param uiThread runs sync status updates on the UI thread
     */
    public static DepotDevice open(Path dataDirectory, Optional<URI> namedServer, Clock clock, Executor uiThread) {
        EclipseStoreJournal journal = EclipseStoreJournal.open(dataDirectory);
        URI server = namedServer.or(journal::serverAddress).orElse(DeviceSettings.DEFAULT_SERVER);
        return new DepotDevice(journal, server, clock, uiThread);
    }

    public EclipseStoreJournal journal() {
        return journal;
    }

    public DeviceSync sync() {
        return sync;
    }

    public BackgroundSync background() {
        return background;
    }

    public URI serverAddress() {
        return server.address();
    }

    /** Registers this device for a person at a server; blocks on the network. */
    DeviceRegistration signIn(URI serverAddress, String username, String password) {
        server.pointAt(serverAddress);
        DeviceRegistration registration = client.signIn(username, password, deviceName(), APP_VERSION);
        journal.rememberServerAddress(serverAddress);
        return registration;
    }

    /** Stops syncing, then closes the journal: a round in flight finishes its write first. */
    @Override
    public void close() {
        try {
            background.close();
        } finally {
            journal.close();
        }
    }

    private static String deviceName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "Depot handheld";
        }
    }
}
