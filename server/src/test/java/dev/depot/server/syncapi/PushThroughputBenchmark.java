package dev.depot.server.syncapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.model.commands.CommandResult;
import dev.depot.model.commands.Outcome;
import dev.depot.model.commands.PlaceOrder;
import dev.depot.model.identity.Role;
import dev.depot.model.ids.UuidV7;
import dev.depot.server.testing.BenchmarkReport;
import dev.depot.server.testing.BenchmarkReport.Figure;
import dev.depot.server.testing.BenchmarkReport.Target;
import dev.depot.server.testing.Fixtures;
import dev.depot.server.testing.Pgbench;
import dev.depot.server.testing.RunningDepot;
import dev.depot.sync.client.HttpSyncTransport;
import dev.depot.sync.protocol.CommandEnvelope;
import dev.depot.sync.protocol.DeviceRegistration;
import dev.depot.sync.protocol.PushRequest;
import dev.depot.sync.protocol.RegisterDevice;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Commands applied per second when 100 reps' devices push orders at once over HTTP, against
 * pgbench's read-write TPS on the same PostgreSQL in the same run. Each device has its own customer;
 * the orders share 100 items, so stock rows are contended as on a busy morning.
 */
@Tag("bench")
class PushThroughputBenchmark {

    private static final int DEVICES = 100;
    private static final int REPS = 25;
    private static final int ITEMS = 100;
    private static final Duration WARM_UP = Duration.ofSeconds(5);
    private static final Duration MEASURED = Duration.ofSeconds(15);
    private static final int PGBENCH_SECONDS = 10;

    @RegisterExtension
    static RunningDepot depot = new RunningDepot().with("depot.db.pool-size", "10");

    static HttpSyncTransport transport;
    static List<Rep> devices;
    static List<UUID> items;

    @BeforeAll
    static void hundredRepDevicesEachWithACustomer() {
        Fixtures fixtures = new Fixtures(depot);
        Fixtures.TestWarehouse main = fixtures.warehouse("MAIN");
        items = IntStream.range(0, ITEMS).mapToObj(i -> {
            Fixtures.TestItem item = fixtures.item("BENCH-" + i, "4.00");
            fixtures.stock(item, main, "A-01-1", 10_000_000);
            return item.id();
        }).toList();
        transport = new HttpSyncTransport(depot.uri(), Duration.ofSeconds(60));
        List<RunningDepot.TestUser> reps = IntStream.range(0, REPS).mapToObj(i -> depot.addUser(Role.REP)).toList();
        devices = IntStream.range(0, DEVICES).mapToObj(i -> {
            RunningDepot.TestUser rep = reps.get(i % REPS);
            UUID customer = fixtures.customer("C-" + i, rep.id(), main, "100000000.00", "0");
            return new Rep(transport.register(new RegisterDevice(rep.username(), RunningDepot.PASSWORD, "bench " + i, "bench")), customer);
        }).toList();
    }

    @Test
    void commandsAppliedPerSecondAgainstPgbench() throws Exception {
        double onePerPush = commandsPerSecond(1);
        double fiftyPerPush = commandsPerSecond(50);
        double pgbenchTps = Pgbench.readWriteTps(PGBENCH_SECONDS);

        Figure baseline = Figure.of(pgbenchTps, "%.0f TPS (pgbench -c 8 -j 2 -T " + PGBENCH_SECONDS + ")");
        new BenchmarkReport("Push throughput: " + DEVICES + " devices pushing PlaceOrder over HTTP")
                .ratio("1 command per push", Figure.of(onePerPush, "%.0f commands/s"), baseline, Target.atLeast(0.25, "≥ 0.25x"))
                .ratio("50 commands per push", Figure.of(fiftyPerPush, "%.0f commands/s"), baseline, Target.atLeast(1.0, "≥ 1.0x"))
                .note("each window: " + WARM_UP.toSeconds() + " s warm-up, then " + MEASURED.toSeconds()
                        + " s measured; a command counts once its push answered (APPLIED or ADJUSTED)")
                .note("one order = 2 lines of " + ITEMS + " shared items; " + REPS + " reps, a customer per device; server pool of 10 connections")
                .print();
    }

    /** Every device pushes batches of this size, back to back; the commands answered per second over the measured window. */
    private static double commandsPerSecond(int batch) throws Exception {
        pushFor(WARM_UP, batch);
        long started = System.nanoTime();
        long applied = pushFor(MEASURED, batch);
        return applied / ((System.nanoTime() - started) / 1e9);
    }

    private static long pushFor(Duration window, int batch) throws Exception {
        long deadline = System.nanoTime() + window.toNanos();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Long>> pushed = new ArrayList<>();
            for (Rep device : devices) {
                pushed.add(threads.submit(() -> device.pushUntil(deadline, batch)));
            }
            long applied = 0;
            for (Future<Long> each : pushed) {
                applied += each.get();
            }
            return applied;
        }
    }

    /** One rep's device: its registration, its customer and the seq of its last command. */
    private static final class Rep {

        private final DeviceRegistration device;
        private final UUID customer;
        private long seq;

        Rep(DeviceRegistration device, UUID customer) {
            this.device = device;
            this.customer = customer;
        }

        long pushUntil(long deadline, int batch) {
            long applied = 0;
            while (System.nanoTime() < deadline) {
                List<CommandEnvelope> commands = IntStream.range(0, batch).mapToObj(i -> next()).toList();
                List<CommandResult> results = transport.push(device.token(), new PushRequest(device.deviceId(), commands)).results();
                assertThat(results).extracting(CommandResult::outcome).as("no order may be refused here")
                        .allMatch(outcome -> outcome == Outcome.APPLIED || outcome == Outcome.ADJUSTED);
                applied += results.size();
            }
            return applied;
        }

        private CommandEnvelope next() {
            seq++;
            return new CommandEnvelope(UuidV7.next(), device.deviceId(), seq, Instant.now(), Map.of(), order());
        }

        private PlaceOrder order() {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            List<PlaceOrder.Line> lines = random.ints(0, ITEMS).distinct().limit(2)
                    .mapToObj(i -> new PlaceOrder.Line(items.get(i), BigDecimal.valueOf(1 + random.nextInt(5)), null, null))
                    .toList();
            return new PlaceOrder(UuidV7.next(), customer, lines, null, null, null);
        }
    }
}
