package dev.depot.mobile.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.model.changes.ChangeEntry;
import dev.depot.model.changes.EntityKey;
import dev.depot.model.commands.ConfirmPick;
import dev.depot.model.commands.Outcome;
import dev.depot.model.commands.PlaceOrder;
import dev.depot.model.commands.UpdateCustomerContact;
import dev.depot.model.contact.ContactChanges;
import dev.depot.model.identity.Role;
import dev.depot.model.ids.UuidV7;
import dev.depot.model.pricing.OrderLineRequest;
import dev.depot.model.pricing.PricedOrder;
import dev.depot.model.views.CustomerView;
import dev.depot.model.views.ItemView;
import dev.depot.model.views.PickTaskStatus;
import dev.depot.model.views.PickTaskView;
import dev.depot.model.views.Replica;
import dev.depot.server.DepotServer;
import dev.depot.server.testing.ApiClient;
import dev.depot.server.testing.ApiResponse;
import dev.depot.server.testing.Fixtures;
import dev.depot.server.testing.Invariants;
import dev.depot.server.testing.RunningDepot;
import dev.depot.sync.client.HttpSyncTransport;
import dev.depot.sync.client.VersionedView;
import dev.depot.sync.protocol.CommandEnvelope;
import dev.depot.sync.protocol.PullResponse;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many devices, a bad network and a busy back office against the real server and real device
 * stores, driven by one seeded random: reps take orders and correct contacts offline, pickers
 * confirm picks, devices go offline, lose requests and answers, send them twice, replay old pushes,
 * end their process at any step, also while waiting for an answer; devices talk to two server nodes on
 * one database, and one node restarts mid-push; back office releases, ships and
 * invoices; customers move to other reps and pickers to the other warehouse; the change log is
 * pruned, so devices offline for long copy afresh. At the end, with the
 * network healed: every device holds exactly the server's state for its scopes, every command took
 * effect once, and the books balance.
 *
 * <p>The seed is printed; run again with {@code -Ddepot.simulation.seed=<seed>} to replay a run's
 * choices (server timing may still differ). {@code -Ddepot.simulation.steps} sets its length.
 */
class SyncSimulationTest {

    private static final int REPS = 13;
    private static final int PICKERS_PER_WAREHOUSE = 4;
    private static final Duration SETTLE = Duration.ofSeconds(90);

    @RegisterExtension
    static RunningDepot depot = new RunningDepot().with("depot.sync.retention", "PT5S"); // pruned often: devices fall behind it

    @TempDir
    Path devicesHome;

    private final long seed = Long.getLong("depot.simulation.seed", new SecureRandom().nextLong());
    private final int steps = Integer.getInteger("depot.simulation.steps", 500);
    private final Random random = new Random(seed);
    private final Map<SimulatedNetwork.Fault, Integer> faults = SimulatedNetwork.counter();
    private final Map<String, Integer> happened = new HashMap<>();
    private final List<SimulatedDevice> devices = new ArrayList<>();
    private List<Fixtures.TestWarehouse> warehouses;
    private List<RunningDepot.TestUser> reps;
    private List<UUID> customers;
    private ApiClient office;
    private DepotServer secondNode;

    @AfterEach
    void closeDevicesAndTheSecondNode() {
        devices.forEach(SimulatedDevice::close);
        if (secondNode != null) {
            secondNode.close();
        }
    }

    @Test
    void devicesOnABadNetworkEndWithTheServersStateAndEveryCommandTakesEffectOnce() {
        System.out.printf("SyncSimulationTest seed %d, %d steps (replay with -Ddepot.simulation.seed=%d)%n", seed, steps, seed);
        theBusiness();
        devices.forEach(SimulatedDevice::sync);
        for (int step = 0; step < steps; step++) {
            // at least once per run, whatever the draws
            if (step == steps / 3) {
                moveACustomer();
            } else if (step == steps / 2) {
                restartServerDuring(() -> devices.get(2 * random.nextInt(devices.size() / 2)).sync()); // a device of the first node
            } else if (step == 2 * steps / 3) {
                moveAPicker();
            } else if (step == 3 * steps / 4) {
                pruneTheLog();
            }
            step();
        }
        settle();
        System.out.printf("SyncSimulationTest seed %d: faults %s, events %s%n", seed, faults, happened);

        try {
            everyDeviceHoldsTheServersStateForItsScopes();
            everyCommandTookEffectOnce();
            Invariants.assertHold(depot.sql());
            assertThat(depot.sql().rows("""
                    SELECT p.item_id, p.warehouse_id FROM stock_position p
                    WHERE (p.reserved > p.on_hand OR p.on_hand < 0)
                      AND NOT EXISTS (SELECT 1 FROM warehouse_exception e WHERE e.item_id = p.item_id AND e.warehouse_id = p.warehouse_id)"""))
                    .as("no order reserved stock that was not there; where picks took more than the books knew, a supervisor was told")
                    .isEmpty();
            assertThat(faults).as("the network misbehaved in every way").containsOnlyKeys(SimulatedNetwork.Fault.values());
            assertThat(happened).as("the run did what it is for").containsKeys("order", "contact", "pick", "release",
                    "process restart", "customer moved", "picker moved", "server restart", "log pruned");
        } catch (AssertionError e) {
            throw new AssertionError("simulation seed " + seed + ": " + e.getMessage(), e);
        }
    }

    private void theBusiness() {
        secondNode = depot.startAnotherNode();
        Fixtures fixtures = new Fixtures(depot);
        warehouses = List.of(fixtures.warehouse("MAIN"), fixtures.warehouse("EAST"));
        List<Fixtures.TestItem> items = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            items.add(fixtures.item("SIM-" + i, (3 + i) + ".50"));
        }
        List<String> bins = List.of("A-01-1", "A-01-2", "A-02-1", "A-02-2");
        for (Fixtures.TestWarehouse warehouse : warehouses) {
            for (int i = 0; i < items.size(); i++) {
                fixtures.stock(items.get(i), warehouse, bins.get(i % bins.size()), 30);
            }
        }
        reps = new ArrayList<>();
        customers = new ArrayList<>();
        for (int r = 0; r < REPS; r++) {
            RunningDepot.TestUser rep = depot.addUser(Role.REP);
            reps.add(rep);
            devices.add(device("phone-" + r, rep));
            int served = 1 + random.nextInt(2);
            for (int c = 0; c < served; c++) {
                String limit = random.nextInt(4) == 0 ? "150.00" : "20000.00"; // some customers go on credit hold
                customers.add(fixtures.customer(String.format("S%02d%d", r, c), rep.id(), warehouses.get(random.nextInt(2)), limit, "7.5"));
            }
        }
        for (Fixtures.TestWarehouse warehouse : warehouses) {
            for (int p = 0; p < PICKERS_PER_WAREHOUSE; p++) {
                devices.add(device("scanner-" + warehouse.code() + "-" + p, depot.addUser(Role.PICKER, warehouse.id())));
            }
            devices.add(device("supervisor-" + warehouse.code(), depot.addUser(Role.SUPERVISOR, warehouse.id())));
        }
        office = depot.as(Role.ADMIN);
        assertThat(devices).hasSizeGreaterThanOrEqualTo(20);
    }

    /** Every other device talks to the second node, as a load balancer would spread them. */
    private SimulatedDevice device(String name, RunningDepot.TestUser user) {
        URI node = devices.size() % 2 == 0 ? depot.uri() : URI.create("http://localhost:" + secondNode.port() + "/");
        HttpSyncTransport server = new HttpSyncTransport(node, Duration.ofSeconds(10));
        SimulatedNetwork network = new SimulatedNetwork(server, random, this::restartServerDuring, faults,
                () -> count("fresh copy after pruning"));
        return new SimulatedDevice(name, user, devicesHome.resolve(name), network);
    }

    private void step() {
        int roll = random.nextInt(100);
        if (roll < 25) {
            takeAnOrder(any(role(Role.REP)));
        } else if (roll < 30) {
            correctAContact(any(role(Role.REP)));
        } else if (roll < 48) {
            confirmAPick(any(devices.stream().filter(d -> d.user().role() != Role.REP).toList()));
        } else if (roll < 73) {
            SimulatedDevice device = any(devices);
            if (!device.sync() && random.nextInt(3) == 0) {
                device.restartProcess(); // the app died waiting for an answer that never came
                count("process ended mid-sync");
            }
        } else if (roll < 81) {
            SimulatedDevice device = any(devices);
            device.network().online(!device.network().online());
        } else if (roll < 84) {
            any(devices).restartProcess();
            count("process restart");
        } else if (roll < 96) {
            backOffice();
        } else if (roll < 97) {
            pruneTheLog();
        } else if (roll < 99) {
            moveACustomer();
        } else {
            moveAPicker();
        }
    }

    private void takeAnOrder(SimulatedDevice rep) {
        Replica replica = rep.replica();
        List<CustomerView> known = sorted(replica.all(CustomerView.class), CustomerView::code);
        List<ItemView> items = sorted(replica.all(ItemView.class).filter(ItemView::active), ItemView::sku);
        if (known.isEmpty() || items.isEmpty()) {
            return; // nothing synced yet
        }
        CustomerView customer = any(known);
        List<OrderLineRequest> lines = new ArrayList<>();
        for (ItemView item : pickSome(items, 1 + random.nextInt(3))) {
            lines.add(Replica.line(item.id(), BigDecimal.valueOf(1 + random.nextInt(6)), null));
        }
        PricedOrder priced = replica.price(customer, lines);
        List<PlaceOrder.Line> orderLines = priced.lines().stream()
                .map(line -> new PlaceOrder.Line(line.itemId(), line.quantity(), null, line.unitPrice())).toList();
        rep.record(new PlaceOrder(UuidV7.next(), customer.id(), orderLines, priced.total(), null, null),
                Set.of(new EntityKey(CustomerView.TYPE, customer.id())));
        count("order");
    }

    private void correctAContact(SimulatedDevice rep) {
        EntityKey key = rep.journal().base().keySet().stream().filter(k -> k.entityType().equals(CustomerView.TYPE))
                .min(Comparator.comparing(k -> k.id().toString())).orElse(null);
        if (key == null) {
            return;
        }
        long version = rep.journal().base().get(key).version();
        rep.record(new UpdateCustomerContact(key.id(), new ContactChanges("+1 614 555 0" + (100 + random.nextInt(900)), null, null),
                version), Set.of(key));
        count("contact");
    }

    private void confirmAPick(SimulatedDevice picker) {
        List<PickTaskView> open = sorted(picker.replica().all(PickTaskView.class).filter(t -> t.status() == PickTaskStatus.OPEN),
                t -> t.orderNumber() + "/" + t.walkSequence() + "/" + t.sku());
        if (open.isEmpty()) {
            return;
        }
        PickTaskView task = any(open);
        BigDecimal quantity = random.nextInt(8) == 0 && task.quantity().compareTo(BigDecimal.ONE) > 0
                ? task.quantity().subtract(BigDecimal.ONE) // the bin held less than the system thought
                : task.quantity();
        picker.record(new ConfirmPick(task.id(), task.binCode(), task.gtin(), quantity, null), Set.of());
        count("pick");
    }

    /** The order desk and accounts move an order on, as the web admin would. */
    private void backOffice() {
        Map<String, String> nextStep = Map.of("OPEN", "release", "ON_HOLD", "release-hold", "PICKED", "ship", "SHIPPED", "invoice");
        List<Map<String, Object>> waiting = depot.sql().rows(
                "SELECT id, status FROM sales_order WHERE status IN ('OPEN', 'ON_HOLD', 'PICKED', 'SHIPPED') ORDER BY number");
        if (waiting.isEmpty()) {
            return;
        }
        Map<String, Object> order = any(waiting);
        String step = nextStep.get((String) order.get("status"));
        ApiResponse answer = office.post("api/orders/" + order.get("id") + "/" + step, Map.of("reason", "Paid by card"));
        if (answer.status() == 409 && step.equals("release")) {
            count("release refused"); // e.g. everything on it is backordered: nothing to pick yet
            return;
        }
        assertThat(answer.status()).as("%s order %s: %s", step, order.get("id"), answer).isBetween(200, 201);
        count(step);
    }

    /** What the server does every hour, now: changes older than the retention go; devices behind them copy afresh. */
    private void pruneTheLog() {
        depot.server().capabilities().sync().retention().pruneNow();
        count("log pruned");
    }

    private void moveACustomer() {
        UUID customer = any(customers);
        RunningDepot.TestUser rep = any(reps);
        depot.sql().update("UPDATE customer SET rep_user_id = ? WHERE id = ?", rep.id(), customer);
        count("customer moved");
    }

    private void moveAPicker() {
        SimulatedDevice picker = any(role(Role.PICKER));
        UUID other = warehouses.get(random.nextInt(2)).id();
        depot.sql().update("UPDATE app_user SET warehouse_id = ? WHERE id = ?", other, picker.user().id());
        count("picker moved");
    }

    private void restartServerDuring(Runnable push) {
        Thread restart = Thread.ofPlatform().start(() -> {
            depot.stopServer();
            depot.startServer();
        });
        try {
            push.run();
        } finally {
            try {
                restart.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            count("server restart");
        }
    }

    /**
     * The network heals; devices sync until every outbox is empty (from then on the server's state
     * stays put), then until every replica has caught up with it.
     */
    private void settle() {
        devices.forEach(device -> device.network().heal());
        Instant deadline = Instant.now().plus(SETTLE);
        while (Instant.now().isBefore(deadline)) {
            devices.forEach(SimulatedDevice::sync);
            if (devices.stream().allMatch(device -> device.journal().pending().isEmpty())
                    && devices.stream().allMatch(device -> device.sync() && device.journal().base().equals(freshCopy(device)))) {
                return;
            }
            sleep(Duration.ofMillis(200));
        }
    }

    private void everyDeviceHoldsTheServersStateForItsScopes() {
        for (SimulatedDevice device : devices) {
            assertThat(device.journal().pending()).as("%s has sent and seen back everything", device).isEmpty();
            Map<EntityKey, VersionedView> server = freshCopy(device);
            assertThat(device.journal().base()).as("%s holds the server's state for its scopes", device)
                    .containsExactlyInAnyOrderEntriesOf(server);
            if (device.user().role() == Role.REP) {
                Set<Object> served = Set.copyOf(depot.sql().rows("SELECT id FROM customer WHERE rep_user_id = ?", device.user().id())
                        .stream().map(row -> row.get("id")).toList());
                assertThat(device.replica().all(CustomerView.class).map(CustomerView::id).toList())
                        .as("%s holds only the customers its rep serves", device).allMatch(served::contains);
            } else {
                Object warehouse = depot.sql().single("SELECT warehouse_id FROM app_user WHERE id = ?", device.user().id());
                assertThat(device.replica().all(PickTaskView.class).map(PickTaskView::warehouseId).toList())
                        .as("%s holds only its warehouse's tasks", device).allMatch(warehouse::equals);
            }
        }
    }

    private void everyCommandTookEffectOnce() {
        for (SimulatedDevice device : devices) {
            List<Map<String, Object>> stored = depot.sql().rows(
                    "SELECT seq, command_id, outcome FROM device_command WHERE device_id = ? ORDER BY seq",
                    device.journal().registration().orElseThrow().deviceId());
            assertThat(stored).extracting(row -> ((Number) row.get("seq")).longValue() + " " + row.get("command_id"))
                    .as("%s: each recorded command stored once, in order", device)
                    .containsExactlyElementsOf(device.recorded().stream().map(e -> e.seq() + " " + e.commandId()).toList());
            for (int i = 0; i < stored.size(); i++) {
                CommandEnvelope envelope = device.recorded().get(i);
                if (envelope.command() instanceof PlaceOrder order) {
                    boolean rejected = Outcome.REJECTED.name().equals(stored.get(i).get("outcome"));
                    assertThat(depot.sql().count("SELECT count(*) FROM sales_order WHERE id = ?", order.orderId()))
                            .as("%s: order %s (%s)", device, order.orderId(), stored.get(i).get("outcome")).isEqualTo(rejected ? 0 : 1);
                }
            }
        }
    }

    /** Everything the device may hold, as a device that never synced would get it now. */
    private Map<EntityKey, VersionedView> freshCopy(SimulatedDevice device) {
        HttpSyncTransport server = new HttpSyncTransport(depot.uri(), Duration.ofSeconds(10));
        String token = device.journal().registration().orElseThrow().token();
        Map<EntityKey, VersionedView> copy = new HashMap<>();
        String cursor = null;
        PullResponse page;
        do {
            page = server.pull(token, cursor, 0, Duration.ZERO);
            for (ChangeEntry change : page.changes()) {
                VersionedView known = copy.get(change.key());
                if (known == null || known.version() < change.version()) {
                    copy.put(change.key(), new VersionedView(change.version(), change.payload()));
                }
            }
            cursor = page.cursor();
        } while (page.hasMore());
        return copy;
    }

    private List<SimulatedDevice> role(Role role) {
        return devices.stream().filter(d -> d.user().role() == role).toList();
    }

    private <T> T any(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private <T> List<T> pickSome(List<T> from, int how) {
        List<T> left = new ArrayList<>(from);
        List<T> chosen = new ArrayList<>();
        while (chosen.size() < how && !left.isEmpty()) {
            chosen.add(left.remove(random.nextInt(left.size())));
        }
        return chosen;
    }

    /** In a stable order, so the seed alone decides which one is chosen. */
    private static <T> List<T> sorted(Stream<T> views, Function<T, String> key) {
        return views.sorted(Comparator.comparing(key)).toList();
    }

    private void count(String event) {
        happened.merge(event, 1, Integer::sum);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
