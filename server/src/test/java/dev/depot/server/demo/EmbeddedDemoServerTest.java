package dev.depot.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.model.changes.ChangeEntry;
import dev.depot.model.views.CustomerView;
import dev.depot.server.DepotServer;
import dev.depot.server.testing.ApiClient;
import dev.depot.server.testing.ApiResponse;
import dev.depot.sync.client.HttpSyncTransport;
import dev.depot.sync.protocol.DeviceRegistration;
import dev.depot.sync.protocol.PullResponse;
import dev.depot.sync.protocol.RegisterDevice;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evaluation run: the server on its default embedded H2 file database, migrated and loaded with
 * the demo data at first start, serving the API, the devices, health, metrics and OpenAPI. Kept as
 * a test so the run command cannot silently rot.
 */
class EmbeddedDemoServerTest {

    private static final String PASSWORD = "demo-pass-1";

    @TempDir
    static Path data;

    static DepotServer server;
    static ApiClient anonymous;

    @BeforeAll
    static void startOnTheDefaultEmbeddedDatabase() {
        server = start(0);
        anonymous = new ApiClient(uri(), null);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theDemoDataIsLoadedAndTheOrderDeskCanSignIn() {
        ApiResponse signIn = anonymous.post("api/session", Map.of("username", "orderdesk", "password", PASSWORD));
        assertThat(signIn.status()).as(signIn.toString()).isEqualTo(201);
        ApiClient desk = anonymous.as(signIn.json().getString("token"));

        assertThat(desk.get("api/items?limit=200").body()).contains("GLV-NIT-L");
        assertThat(desk.get("api/items?limit=200").as(Object[].class)).hasSize(50);
        assertThat(desk.get("api/customers?limit=200").as(CustomerView[].class)).hasSize(10);
        assertThat(desk.get("api/stock/warehouses").as(Object[].class)).hasSize(2);
    }

    @Test
    void aRepsHandheldGetsItsCopyFromTheEmbeddedFeed() {
        HttpSyncTransport transport = new HttpSyncTransport(uri(), Duration.ofSeconds(10));
        DeviceRegistration device = transport.register(new RegisterDevice("rep", PASSWORD, "phone", "test"));

        PullResponse copy = transport.pull(device.token(), null, 0, Duration.ZERO);
        PullResponse delta = transport.pull(device.token(), copy.cursor(), 0, Duration.ZERO);

        assertThat(copy.reset()).isTrue();
        assertThat(copy.changes()).filteredOn(c -> c.entityType().equals("customer")).hasSize(9);
        assertThat(copy.changes()).filteredOn(c -> c.entityType().equals("item")).hasSize(50);
        assertThat(delta.reset()).isFalse();
        assertThat(delta.changes()).isEmpty();
    }

    @Test
    void aWaitingPullWakesWhenAChangeCommitsOnTheEmbeddedDatabase() throws Exception {
        HttpSyncTransport transport = new HttpSyncTransport(uri(), Duration.ofSeconds(10));
        DeviceRegistration device = transport.register(new RegisterDevice("rep", PASSWORD, "phone", "test"));
        PullResponse copy = transport.pull(device.token(), null, 0, Duration.ZERO);
        CustomerView customer = copy.changes().stream().map(ChangeEntry::payload).filter(CustomerView.class::isInstance)
                .map(CustomerView.class::cast).findFirst().orElseThrow();
        ApiClient desk = anonymous.as(anonymous.post("api/session", Map.of("username", "orderdesk", "password", PASSWORD))
                .json().getString("token"));

        CompletableFuture<PullResponse> waiting = CompletableFuture.supplyAsync(
                () -> transport.pull(device.token(), copy.cursor(), 0, Duration.ofSeconds(20)), runnable -> Thread.ofVirtual().start(runnable));
        TimeUnit.MILLISECONDS.sleep(500); // the pull reaches the server and parks
        long committedAt = System.nanoTime();
        assertThat(desk.post("api/customers/" + customer.id() + "/contact", Map.of("phone", "614-555-0142")).status()).isEqualTo(200);

        PullResponse woken = waiting.get(30, TimeUnit.SECONDS);
        assertThat(Duration.ofNanos(System.nanoTime() - committedAt)).as("the server re-reads on its own only once a minute here")
                .isLessThan(Duration.ofSeconds(5));
        assertThat(woken.changes()).extracting(ChangeEntry::entityId).contains(customer.id());
    }

    @Test
    void healthMetricsAndTheApiDocumentAreServed() {
        assertThat(anonymous.get("observe/health").body()).contains("\"status\":\"UP\"");
        assertThat(anonymous.get("observe/metrics").status()).isEqualTo(200);
        assertThat(anonymous.get("openapi").body()).contains("Depot API").contains("/api/orders");
    }

    @Test
    void aRestartOnTheSameFileKeepsTheDataAndLoadsNothingTwice() {
        int port = server.port();
        server.close();
        server = start(port);

        ApiResponse signIn = anonymous.post("api/session", Map.of("username", "accountant", "password", PASSWORD));
        assertThat(signIn.status()).isEqualTo(201);
        ApiClient accountant = anonymous.as(signIn.json().getString("token"));
        assertThat(accountant.get("api/customers?limit=200").as(CustomerView[].class)).hasSize(10);
    }

    private static DepotServer start(int port) {
        Config config = Config.builder()
                .addSource(ConfigSources.create(Map.of(
                        "depot.db.url", "jdbc:h2:file:" + data.resolve("depot") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                                + "DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000",
                        "depot.port", Integer.toString(port),
                        "depot.sync.feed-recheck", "PT60S",
                        "depot.demo-password", PASSWORD)))
                .addSource(ConfigSources.classpath("application.yaml"))
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .build();
        return DepotServer.start(config, Clock.systemUTC());
    }

    private static URI uri() {
        return URI.create("http://localhost:" + server.port() + "/");
    }
}
