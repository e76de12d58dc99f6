package dev.depot.server.testing;

import dev.depot.model.identity.Role;
import dev.depot.server.DepotServer;
import dev.depot.server.identity.Identity;
import dev.depot.server.platform.DatabaseSettings;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Depot server for a test class: its own fresh PostgreSQL database, the real HTTP server on
 * a random port, started before the class and stopped after. Register with
 * {@code @RegisterExtension static RunningDepot depot = new RunningDepot();}. The server can also
 * be stopped and started again on the same database ({@link #stopServer()}, {@link #startServer()}).
 */
public final class RunningDepot implements BeforeAllCallback, AfterAllCallback {

    public static final String PASSWORD = "correct-horse-battery";

    private final Map<String, String> extraConfig = new HashMap<>();
    private Clock clock = Clock.systemUTC();
    private final AtomicInteger userCounter = new AtomicInteger();
    private DatabaseSettings database;
    private DepotServer server;
    private int port;

    /** Extra configuration keys for the server, e.g. {@code depot.demo-data}. */
    public RunningDepot with(String key, String value) {
        extraConfig.put(key, value);
        return this;
    }

    /** The clock the server runs on; the system's unless a test wants to move time on ({@link ShiftableClock}). */
    public RunningDepot withClock(Clock serverClock) {
        this.clock = serverClock;
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        database = TestDatabases.fresh();
        startServer();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stopServer();
        TestDatabases.drop(database);
    }

    /** Starts the server (again) on this class's database, on the port it had before if it ran already. */
    public void startServer() {
        server = DepotServer.start(config(port), clock);
        port = server.port();
    }

    /**
     * Another server node on this class's database, on a random port: several nodes behind a load
     * balancer share one PostgreSQL database. The caller closes it.
     */
    public DepotServer startAnotherNode() {
        return DepotServer.start(config(0), clock);
    }

    private Config config(int serverPort) {
        Map<String, String> settings = new HashMap<>();
        settings.put("depot.db.url", database.url());
        settings.put("depot.db.user", database.user());
        settings.put("depot.db.password", database.password());
        settings.put("depot.db.pool-size", "8");
        settings.put("depot.demo-data", "never");
        settings.put("depot.port", Integer.toString(serverPort));
        settings.putAll(extraConfig);
        return Config.builder()
                .addSource(ConfigSources.create(settings))
                .addSource(ConfigSources.classpath("application.yaml"))
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .build();
    }

    public void stopServer() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** A port to use for the server before it starts, so a device can be pointed at it while it is down. */
    public RunningDepot reservePort(int port) {
        this.port = port;
        return this;
    }

    public URI uri() {
        return URI.create("http://localhost:" + port + "/");
    }

    public int port() {
        return port;
    }

    public DepotServer server() {
        return server;
    }

    public DatabaseSettings database() {
        return database;
    }

    public Sql sql() {
        return new Sql(database);
    }

    public ApiClient anonymous() {
        return new ApiClient(uri(), null);
    }

    /** A new user with this role (and warehouse, for warehouse roles), password {@link #PASSWORD}. */
    public TestUser addUser(Role role, UUID warehouseId) {
        String username = role.name().toLowerCase() + "-" + userCounter.incrementAndGet();
        var account = server.capabilities().identity().addUser(
                new Identity.NewUser(username, "Test " + role.title(), role, PASSWORD, warehouseId));
        return new TestUser(account.id(), username, role, warehouseId);
    }

    public TestUser addUser(Role role) {
        return addUser(role, null);
    }

    /** An API client signed in as the user. */
    public ApiClient signedIn(TestUser user) {
        ApiResponse response = anonymous().post("api/session", Map.of("username", user.username(), "password", PASSWORD));
        if (response.status() != 201) {
            throw new IllegalStateException("sign-in failed: " + response);
        }
        return new ApiClient(uri(), response.json().getString("token"));
    }

    /** A signed-in API client for a new user with this role. */
    public ApiClient as(Role role) {
        return signedIn(addUser(role));
    }

    /** A user created for a test. */
    public record TestUser(UUID id, String username, Role role, UUID warehouseId) {
    }
}
