package dev.depot.server.syncapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.model.identity.Role;
import dev.depot.server.testing.BenchmarkReport;
import dev.depot.server.testing.BenchmarkReport.Figure;
import dev.depot.server.testing.BenchmarkReport.Target;
import dev.depot.server.testing.CatalogBulkLoad;
import dev.depot.server.testing.Fixtures;
import dev.depot.server.testing.Latencies;
import dev.depot.server.testing.RunningDepot;
import dev.depot.sync.client.HttpSyncTransport;
import dev.depot.sync.protocol.DeviceRegistration;
import dev.depot.sync.protocol.PullResponse;
import dev.depot.sync.protocol.RegisterDevice;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A device that is up to date pulls the 100 changes made since its last pull: that should cost the
 * same whether the catalog (and the change log behind it) holds a thousand items or a million. Two
 * servers on two databases, one of each size, are pulled from in turn, so that whatever else the
 * machine does at the time weighs on both alike.
 */
@Tag("bench")
class DeltaPullBenchmark {

    private static final int SMALL = 1_000;
    private static final int LARGE = 1_000_000;
    private static final int CHANGED_ITEMS = 50; // an item and its price: 100 changes
    private static final int WARM_UP = 200;
    private static final int SAMPLES = 200;

    @RegisterExtension
    static RunningDepot smallDepot = new RunningDepot();

    @RegisterExtension
    static RunningDepot largeDepot = new RunningDepot();

    @Test
    void pullingHundredChangesCostsTheSameInAMillionItemCatalog() {
        UpToDateDevice small = new UpToDateDevice(smallDepot, SMALL);
        UpToDateDevice large = new UpToDateDevice(largeDepot, LARGE);
        IntStream.range(0, WARM_UP).forEach(i -> {
            small.timedPull();
            large.timedPull();
        });
        Latencies fromSmall = new Latencies();
        Latencies fromLarge = new Latencies();
        for (int i = 0; i < SAMPLES; i++) {
            fromSmall.addNanos(small.timedPull());
            fromLarge.addNanos(large.timedPull());
        }

        new BenchmarkReport("Delta pull: 100 changes, catalog of " + SMALL + " vs " + LARGE + " items")
                .ratio("median pull, " + LARGE + " items", Figure.of(fromLarge.medianMillis(), "%.1f ms"),
                        Figure.of(fromSmall.medianMillis(), "%.1f ms (" + SMALL + " items)"), Target.below(1.2, "≤ 1.2x"))
                .ratio("p95 pull, " + LARGE + " items", Figure.of(fromLarge.percentileMillis(95), "%.1f ms"),
                        Figure.of(fromSmall.percentileMillis(95), "%.1f ms (" + SMALL + " items)"), Target.below(1.2, "≤ 1.2x"))
                .note(SAMPLES + " pulls over HTTP from the same cursor on each server, taken in turn, after " + WARM_UP + " each;"
                        + " items, prices and their change-log rows bulk-loaded with INSERT … SELECT generate_series, then VACUUM ANALYZE")
                .print();
    }

    /** A rep's device on a server whose catalog holds {@code size} items, standing just before the last 100 changes. */
    private static final class UpToDateDevice {

        private final HttpSyncTransport transport;
        private final DeviceRegistration device;
        private final String cursor;

        UpToDateDevice(RunningDepot depot, int size) {
            Fixtures fixtures = new Fixtures(depot);
            transport = new HttpSyncTransport(depot.uri(), Duration.ofSeconds(60));
            RunningDepot.TestUser rep = depot.addUser(Role.REP);
            fixtures.customer("C-BENCH", rep.id(), fixtures.warehouse("MAIN"), "1000.00", "0"); // the prices come with a customer
            device = transport.register(new RegisterDevice(rep.username(), RunningDepot.PASSWORD, "bench", "bench"));
            DeliveryCursor firstCopy = DeliveryCursor.decode(pull(null).cursor());
            CatalogBulkLoad catalog = new CatalogBulkLoad(depot.database());
            catalog.growTo(size);
            // where a device stands that has pulled everything so far (pulling a million items to get there would take long)
            cursor = new DeliveryCursor(catalog.feedEnd(firstCopy.feed().epoch()), firstCopy.scopes(), Optional.empty()).encode();
            IntStream.range(0, CHANGED_ITEMS).forEach(i -> fixtures.item("CHANGED-" + i, "3.00"));
            awaitServed();
        }

        long timedPull() {
            long started = System.nanoTime();
            PullResponse page = pull(cursor);
            long took = System.nanoTime() - started;
            assertThat(page.changes()).hasSize(2 * CHANGED_ITEMS);
            return took;
        }

        /** Until the feed serves all 100 changes: another transaction on the server may hold its horizon back for a moment. */
        private void awaitServed() {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (pull(cursor).changes().size() < 2 * CHANGED_ITEMS) {
                assertThat(System.nanoTime()).as("the 100 changes are served within 30 s").isLessThan(deadline);
            }
        }

        private PullResponse pull(String from) {
            return transport.pull(device.token(), from, 0, Duration.ZERO);
        }
    }
}
