package dev.depot.server.waves;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.model.commands.CommandResult;
import dev.depot.model.commands.ConfirmPick;
import dev.depot.model.commands.Outcome;
import dev.depot.model.commands.PlaceOrder;
import dev.depot.model.identity.Role;
import dev.depot.model.ids.UuidV7;
import dev.depot.server.DepotServer;
import dev.depot.server.identity.Caller;
import dev.depot.server.identity.Users;
import dev.depot.server.testing.BenchmarkReport;
import dev.depot.server.testing.BenchmarkReport.Figure;
import dev.depot.server.testing.Fixtures;
import dev.depot.server.testing.Invariants;
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
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Pick confirmations applied per second when 50 pickers' handhelds push their scans at once over
 * HTTP, one pick per push as a scanner sends them, against pgbench's read-write TPS on the same
 * PostgreSQL in the same run. Each picker works a wave of its own; the waves' orders share 100 items
 * in one aisle, so stock rows are contended as on the floor.
 */
@Tag("bench")
class PickConfirmationThroughputBenchmark {

    private static final int PICKERS = 50;
    private static final int ORDERS_PER_WAVE = 6;
    private static final int LINES_PER_ORDER = 10;
    private static final int WARM_UP_PICKS = 10;
    private static final int ITEMS = 100;
    private static final int PGBENCH_SECONDS = 10;

    @RegisterExtension
    static RunningDepot depot = new RunningDepot().with("depot.db.pool-size", "10");

    @Test
    void pickConfirmationsAppliedPerSecondAgainstPgbench() throws Exception {
        List<Picker> pickers = fiftyPickersEachWithAWave();
        int picksEach = ORDERS_PER_WAVE * LINES_PER_ORDER;

        confirm(pickers, 0, WARM_UP_PICKS);
        long started = System.nanoTime();
        long applied = confirm(pickers, WARM_UP_PICKS, picksEach);
        double perSecond = applied / ((System.nanoTime() - started) / 1e9);
        double pgbenchTps = Pgbench.readWriteTps(PGBENCH_SECONDS);

        assertThat(depot.sql().count("SELECT count(*) FROM pick_task WHERE status = 'PICKED'")).isEqualTo((long) PICKERS * picksEach);
        Invariants.assertHold(depot.sql());
        new BenchmarkReport("Pick confirmations: " + PICKERS + " handhelds pushing ConfirmPick over HTTP")
                .compare("1 pick per push", Figure.of(perSecond, "%.0f picks/s"),
                        Figure.of(pgbenchTps, "%.0f TPS (pgbench -c 8 -j 2 -T " + PGBENCH_SECONDS + ")"))
                .note("each picker confirms the " + picksEach + " tasks of its wave back to back, in walk order; the first "
                        + WARM_UP_PICKS + " of each are a warm-up; a pick counts once its push answered APPLIED")
                .note("each pick moves stock from its bin to packing, consumes the reservation and tells the order;"
                        + " server pool of 10 connections")
                .print();
    }

    /** 50 pickers with a handheld each, and a released wave of 6 orders × 10 lines assigned to each. */
    private static List<Picker> fiftyPickersEachWithAWave() {
        Fixtures fixtures = new Fixtures(depot);
        Fixtures.TestWarehouse main = fixtures.warehouse("MAIN");
        List<UUID> items = IntStream.range(0, ITEMS).mapToObj(i -> {
            Fixtures.TestItem item = fixtures.item("PICK-" + i, "4.00");
            fixtures.stock(item, main, "A-01-" + (1 + i % 2), 1_000_000);
            return item.id();
        }).toList();
        UUID customer = fixtures.customer("C-PICKS", depot.addUser(Role.REP).id(), main, "100000000.00", "0");
        DepotServer.Capabilities c = depot.server().capabilities();
        Caller desk = c.identity().signIn(depot.addUser(Role.ORDER_DESK).username(), RunningDepot.PASSWORD).caller();
        HttpSyncTransport transport = new HttpSyncTransport(depot.uri(), Duration.ofSeconds(60));
        List<Picker> pickers = new ArrayList<>();
        for (int p = 0; p < PICKERS; p++) {
            RunningDepot.TestUser user = depot.addUser(Role.PICKER, main.id());
            int wave = p;
            List<UUID> orders = IntStream.range(0, ORDERS_PER_WAVE).mapToObj(o -> c.transactions().inTransaction(em -> {
                List<PlaceOrder.Line> lines = IntStream.range(0, LINES_PER_ORDER).mapToObj(l -> new PlaceOrder.Line(
                        items.get((wave * 7 + o * 11 + l) % ITEMS), BigDecimal.ONE, null, null)).toList();
                return c.orderCapture().capture(em, new PlaceOrder(UuidV7.next(), customer, lines, null, null, null), desk, null).order().id();
            })).toList();
            c.transactions().run(em -> {
                Wave released = c.orderSteps().release().releaseWave(em, main.id(), orders, desk);
                c.waves().assign(em, released.id(), new Users(em).byId(user.id()).orElseThrow(), null);
            });
            List<ConfirmPick> picks = depot.sql().rows("""
                            SELECT t.id, t.bin_code, t.gtin, t.quantity FROM pick_task t
                            WHERE t.assigned_to = ? ORDER BY t.walk_sequence, t.id""", user.id()).stream()
                    .map(t -> new ConfirmPick((UUID) t.get("id"), (String) t.get("bin_code"), (String) t.get("gtin"),
                            (BigDecimal) t.get("quantity"), null)).toList();
            assertThat(picks).hasSize(ORDERS_PER_WAVE * LINES_PER_ORDER);
            pickers.add(new Picker(transport, transport.register(new RegisterDevice(user.username(), RunningDepot.PASSWORD, "scanner " + p,
                    "bench")), picks));
        }
        return pickers;
    }

    /** Every picker confirms its picks from {@code from} to {@code to}, one push each, all pickers at once. */
    private static long confirm(List<Picker> pickers, int from, int to) throws Exception {
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Long>> pushed = new ArrayList<>();
            for (Picker picker : pickers) {
                pushed.add(threads.submit(() -> picker.confirm(from, to)));
            }
            long applied = 0;
            for (Future<Long> each : pushed) {
                applied += each.get();
            }
            return applied;
        }
    }

    /** One picker's handheld: its registration, its wave's picks in walk order and the seq of its last command. */
    private static final class Picker {

        private final HttpSyncTransport transport;
        private final DeviceRegistration device;
        private final List<ConfirmPick> picks;
        private long seq;

        Picker(HttpSyncTransport transport, DeviceRegistration device, List<ConfirmPick> picks) {
            this.transport = transport;
            this.device = device;
            this.picks = picks;
        }

        long confirm(int from, int to) {
            for (ConfirmPick pick : picks.subList(from, to)) {
                seq++;
                CommandEnvelope command = new CommandEnvelope(UuidV7.next(), device.deviceId(), seq, Instant.now(), Map.of(), pick);
                List<CommandResult> results = transport.push(device.token(), new PushRequest(device.deviceId(), List.of(command))).results();
                assertThat(results).extracting(CommandResult::outcome).as("every pick is as planned").containsExactly(Outcome.APPLIED);
            }
            return to - from;
        }
    }
}
