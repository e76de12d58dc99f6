package dev.depot.server.syncapi;

import dev.depot.model.changes.ChangeEntry;
import dev.depot.model.gs1.Gtin;
import dev.depot.model.identity.Role;
import dev.depot.model.money.Money;
import dev.depot.model.quantity.Packaging;
import dev.depot.model.views.ItemView;
import dev.depot.server.DepotServer;
import dev.depot.server.catalog.Catalog;
import dev.depot.server.platform.DatabaseSettings;
import dev.depot.server.testing.BenchmarkReport;
import dev.depot.server.testing.BenchmarkReport.Figure;
import dev.depot.server.testing.BenchmarkReport.Target;
import dev.depot.server.testing.Fixtures;
import dev.depot.server.testing.Latencies;
import dev.depot.server.testing.RunningDepot;
import dev.depot.sync.client.HttpSyncTransport;
import dev.depot.sync.protocol.DeviceRegistration;
import dev.depot.sync.protocol.PullResponse;
import dev.depot.sync.protocol.RegisterDevice;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.PGConnection;

/**
 * From the commit of a catalog change to its arrival on a device whose pull waits for it
 * ({@code /sync/pull?wait=20}), against the floor under it: PostgreSQL's own {@code NOTIFY} reaching
 * a {@code LISTEN}ing JDBC connection, timed the same way in the same run. A sample's clock starts
 * just before {@code COMMIT} and stops when the device (or the listener) has the answer in hand.
 */
@Tag("bench")
class CommitToDeviceLatencyBenchmark {

    private static final int WARM_UP = 30;
    private static final int SAMPLES = 200;
    private static final long PARK_MILLIS = 25; // time for the waiting pull (or LISTEN) to settle before the commit
    private static final Duration WAIT = Duration.ofSeconds(20);

    @RegisterExtension
    static RunningDepot depot = new RunningDepot();

    static HttpSyncTransport transport;
    static DeviceRegistration device;

    @BeforeAll
    static void aDeviceWithTheCatalog() {
        new Fixtures(depot);
        transport = new HttpSyncTransport(depot.uri(), Duration.ofSeconds(60));
        RunningDepot.TestUser rep = depot.addUser(Role.REP);
        device = transport.register(new RegisterDevice(rep.username(), RunningDepot.PASSWORD, "bench", "bench"));
    }

    @Test
    void aCommittedChangeReachesAWaitingDeviceWithinMilliseconds() throws Exception {
        Latencies toDevice = measure(new ItemToDevice());
        Latencies notify;
        try (NotifyToListener roundTrip = new NotifyToListener(depot.database())) {
            notify = measure(roundTrip);
        }

        new BenchmarkReport("Commit to device: a waiting pull answered after a catalog commit")
                .compare("p50", Figure.of(toDevice.medianMillis(), "%.1f ms"), Figure.of(notify.medianMillis(), "%.2f ms (NOTIFY→LISTEN)"))
                .absolute("p95", Figure.of(toDevice.percentileMillis(95), "%.1f ms"),
                        Figure.of(notify.percentileMillis(95), "%.2f ms (NOTIFY→LISTEN)"), Target.below(25, "< 25 ms"))
                .note(SAMPLES + " samples each after " + WARM_UP + " warm-up; one item added through the catalog use case per sample,"
                        + " the device on HTTP long-poll (wait=" + WAIT.toSeconds() + "), the baseline on two JDBC connections")
                .print();
    }

    /** Starts waiting before each commit; the latency is arrival minus the instant just before commit. */
    private static Latencies measure(RoundTrip roundTrip) throws Exception {
        Latencies latencies = new Latencies();
        try (ExecutorService waiting = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int sample = 0; sample < WARM_UP + SAMPLES; sample++) {
                int number = sample;
                Future<Long> arrival = waiting.submit(() -> roundTrip.awaitArrival(number));
                Thread.sleep(PARK_MILLIS);
                long committing = roundTrip.commit(number);
                long arrived = arrival.get(WAIT.toSeconds() + 10, TimeUnit.SECONDS);
                if (sample >= WARM_UP) {
                    latencies.addNanos(arrived - committing);
                }
            }
        }
        return latencies;
    }

    /** One timed trip: something waits for a commit; both return {@link System#nanoTime()}. */
    private interface RoundTrip {

        long awaitArrival(int sample) throws Exception;

        /** Commits the sample's change; returns the time taken just before the commit. */
        long commit(int sample) throws Exception;
    }

    /** The device long-polls; an item added through the catalog use case wakes it. */
    private static final class ItemToDevice implements RoundTrip {

        private final DepotServer.Capabilities server = depot.server().capabilities();
        private String cursor = transport.pull(device.token(), null, 0, Duration.ZERO).cursor();

        @Override
        public long awaitArrival(int sample) {
            while (true) {
                PullResponse page = transport.pull(device.token(), cursor, 0, WAIT);
                long arrived = System.nanoTime();
                cursor = page.cursor();
                if (page.changes().stream().map(ChangeEntry::payload)
                        .anyMatch(view -> view instanceof ItemView item && item.sku().equals(sku(sample)))) {
                    return arrived;
                }
            }
        }

        @Override
        public long commit(int sample) {
            AtomicLong committing = new AtomicLong();
            server.transactions().run(em -> {
                server.catalog().addItem(em, new Catalog.NewItem(sku(sample), Gtin.withCheckDigit("0712345" + String.format("%05d", sample)),
                        "Latency probe " + sample, new Packaging(12, 40), Money.of("2.40", Fixtures.CURRENCY)));
                committing.set(System.nanoTime());
            });
            return committing.get();
        }

        private static String sku(int sample) {
            return "LATENCY-" + sample;
        }
    }

    /** PostgreSQL alone: a NOTIFY committed on one connection, received on another that LISTENs. */
    private static final class NotifyToListener implements RoundTrip, AutoCloseable {

        private final Connection listening;
        private final Connection notifying;

        NotifyToListener(DatabaseSettings database) throws Exception {
            listening = DriverManager.getConnection(database.url(), database.user(), database.password());
            notifying = DriverManager.getConnection(database.url(), database.user(), database.password());
            try (Statement listen = listening.createStatement()) {
                listen.execute("LISTEN bench_latency");
            }
            notifying.setAutoCommit(false);
        }

        @Override
        public long awaitArrival(int sample) throws Exception {
            PGConnection notifications = listening.unwrap(PGConnection.class);
            while (true) {
                var received = notifications.getNotifications((int) WAIT.toMillis());
                if (received != null && received.length > 0) {
                    return System.nanoTime();
                }
            }
        }

        @Override
        public long commit(int sample) throws Exception {
            try (Statement notify = notifying.createStatement()) {
                notify.execute("NOTIFY bench_latency");
            }
            long committing = System.nanoTime();
            notifying.commit();
            return committing;
        }

        @Override
        public void close() throws Exception {
            listening.close();
            notifying.close();
        }
    }
}
