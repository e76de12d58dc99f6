package dev.depot.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.model.commands.ConfirmPick;
import dev.depot.model.commands.CountStock;
import dev.depot.model.commands.PlaceOrder;
import dev.depot.model.commands.PutAway;
import dev.depot.model.commands.PutawayOverride;
import dev.depot.model.commands.ReceiveGoods;
import dev.depot.model.commands.Replenish;
import dev.depot.model.identity.Role;
import dev.depot.model.views.PurchaseOrderView;
import dev.depot.server.counting.Counting;
import dev.depot.server.purchasing.Disposition;
import dev.depot.server.purchasing.Inspection;
import dev.depot.server.testing.Fixtures;
import dev.depot.server.testing.Invariants;
import dev.depot.server.testing.RunningDepot;
import dev.depot.server.testing.TestDevice;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Any sequence of warehouse work (receipts sound and damaged, putaways whole, partial or over, quarantine
 * decisions, orders, releases, picks whole or short, pick faces filled whole, partly or over, counts of
 * any number, shipments), sent the way
 * handhelds and the office send it, keeps the books true: after every step stock balances equal the
 * ledger and every invariant holds; and the system's own plans (orders reserving, short picks
 * re-planning) never promise more than is there. Each sequence is drawn from a seed, printed with
 * any failure, so a failing sequence can be replayed.
 */
class StockUnderAnySequenceTest {

    private static final int SEQUENCES = 6;
    private static final int STEPS = 20;

    @RegisterExtension
    static RunningDepot depot = new RunningDepot();

    static Stream<Long> seeds() {
        return IntStream.rangeClosed(1, SEQUENCES).mapToObj(i -> 20261123L * i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theBooksStayTrueAndPlansNeverOverpromise(long seed) {
        new Sequence(seed).run();
    }

    /** The warehouse and the people every sequence works with; each sequence brings its own items and purchase order. */
    private record Floor(Fixtures fixtures, Fixtures.TestWarehouse warehouse, TestDevice receiver, TestDevice picker, TestDevice rep,
                         UUID customer, UUID supervisor) {

        static Floor open() {
            Fixtures fixtures = new Fixtures(depot);
            Fixtures.TestWarehouse warehouse = fixtures.warehouse("SEQ");
            RunningDepot.TestUser rep = depot.addUser(Role.REP);
            return new Floor(fixtures, warehouse, TestDevice.of(depot, depot.addUser(Role.RECEIVER, warehouse.id())),
                    TestDevice.of(depot, depot.addUser(Role.PICKER, warehouse.id())), TestDevice.of(depot, rep),
                    fixtures.customer("C-SEQ", rep.id(), warehouse, "100000000.00", "0"), depot.addUser(Role.SUPERVISOR, warehouse.id()).id());
        }
    }

    private static Floor floor;

    @BeforeAll
    static void theFloor() {
        floor = Floor.open();
    }

    /** One drawn sequence of work on the floor, with its own items and purchase order. */
    private static final class Sequence {

        private static final List<String> BINS = List.of("A-01-1", "A-01-2", "A-02-1", "A-02-2");
        /** What a step answers when the work drawn cannot be done now. */
        private static final String NOTHING = "nothing";

        private final long seed;
        private final Random random;
        private final Fixtures.TestWarehouse warehouse = floor.warehouse();
        private final List<Fixtures.TestItem> items = new ArrayList<>();
        private final TestDevice receiver = floor.receiver();
        private final TestDevice picker = floor.picker();
        private final TestDevice rep = floor.rep();
        private final UUID customer = floor.customer();
        private final UUID supervisor = floor.supervisor();
        private final PurchaseOrderView purchase;
        private final List<UUID> orders = new ArrayList<>();
        private final List<String> steps = new ArrayList<>();

        Sequence(long seed) {
            this.seed = seed;
            this.random = new Random(seed);
            String code = "S" + Long.toString(seed, 36).toUpperCase();
            for (int i = 0; i < 2; i++) {
                items.add(floor.fixtures().item(code + "-" + i, "10.00"));
            }
            floor.fixtures().pickFace(warehouse, "A-01-1", items.get(0), 10, 30);
            floor.fixtures().stock(items.get(0), warehouse, "A-01-1", 10);
            floor.fixtures().stock(items.get(0), warehouse, "A-02-2", 20);
            purchase = floor.fixtures().purchaseOrder(warehouse, "100", 1000, items.toArray(Fixtures.TestItem[]::new));
        }

        void run() {
            for (int step = 0; step < STEPS; step++) {
                int overPromisedBefore = overPromised();
                String done = NOTHING;
                while (done.equals(NOTHING)) { // draw again until the work drawn can be done now
                    done = switch (random.nextInt(9)) {
                        case 0 -> receive();
                        case 1 -> putAway();
                        case 2 -> inspect();
                        case 3 -> order();
                        case 4 -> release();
                        case 5 -> pick();
                        case 6 -> count();
                        case 7 -> replenish();
                        default -> ship();
                    };
                }
                steps.add(done);
                String story = "seed " + seed + ", steps: " + String.join("; ", steps);
                try {
                    Invariants.assertBooksHold(depot.sql());
                } catch (AssertionError e) {
                    throw new AssertionError(story, e);
                }
                if (done.startsWith("order") || done.startsWith("short")) {
                    assertThat(overPromised()).as("the system's own plan promised more than is there: " + story)
                            .isLessThanOrEqualTo(overPromisedBefore);
                }
            }
            Invariants.assertHold(depot.sql());
        }

        private String receive() {
            Fixtures.TestItem item = anyOf(items);
            int quantity = 1 + random.nextInt(20);
            boolean damaged = random.nextInt(4) == 0;
            receiver.send(new ReceiveGoods(purchase.id(), item.gtin(), BigDecimal.valueOf(quantity), null, null, null, damaged));
            return "receive " + quantity + (damaged ? " damaged" : "");
        }

        private String putAway() {
            List<Map<String, Object>> waiting = open("SELECT id, quantity - put_away_quantity AS remaining, suggested_code FROM putaway_task "
                    + "WHERE warehouse_id = ? AND status = 'OPEN' ORDER BY id");
            if (waiting.isEmpty()) {
                return NOTHING;
            }
            Map<String, Object> task = anyOf(waiting);
            int left = ((BigDecimal) task.get("remaining")).intValue();
            int quantity = switch (random.nextInt(4)) {
                case 0 -> 1 + random.nextInt(Math.max(1, left));
                case 1 -> left + 1;
                default -> Math.max(1, left);
            };
            String bin = anyOf(BINS);
            receiver.send(new PutAway((UUID) task.get("id"), bin, BigDecimal.valueOf(quantity),
                    bin.equals(task.get("suggested_code")) ? null : PutawayOverride.BIN_FULL));
            return "put away " + quantity + " of " + left + " into " + bin;
        }

        private String inspect() {
            var c = depot.server().capabilities();
            List<Inspection.Quarantined> waiting = c.transactions().inTransaction(em -> c.inspection().queue(em, warehouse.id()));
            if (waiting.isEmpty()) {
                return NOTHING;
            }
            Inspection.Quarantined goods = anyOf(waiting);
            Disposition disposition = anyOf(List.of(Disposition.values()));
            BigDecimal quantity = BigDecimal.valueOf(1 + random.nextInt(goods.waiting().intValue()));
            c.transactions().run(em -> c.inspection().decide(em, new Inspection.Decision(goods.receiptId(), disposition, quantity, null,
                    new Inspection.Inspector(supervisor, warehouse.id()))));
            return disposition + " " + quantity;
        }

        private String order() {
            Fixtures.TestItem item = anyOf(items);
            int quantity = 1 + random.nextInt(15);
            PlaceOrder order = new PlaceOrder(UUID.randomUUID(), customer, List.of(new PlaceOrder.Line(item.id(), BigDecimal.valueOf(quantity),
                    null, null)), null, null, null);
            rep.send(order);
            orders.add(order.orderId());
            return "order " + quantity;
        }

        private String release() {
            List<UUID> open = ordersIn("OPEN");
            if (open.isEmpty()) {
                return NOTHING;
            }
            UUID order = anyOf(open);
            return "release: " + depot.as(Role.ORDER_DESK).post("api/orders/" + order + "/release").status();
        }

        private String pick() {
            List<Map<String, Object>> open = open("SELECT id, bin_code, sku, quantity FROM pick_task WHERE warehouse_id = ? AND status = 'OPEN' "
                    + "ORDER BY id");
            if (open.isEmpty()) {
                return NOTHING;
            }
            Map<String, Object> task = anyOf(open);
            int planned = ((BigDecimal) task.get("quantity")).intValue();
            boolean isShort = random.nextInt(3) == 0 && planned > 0;
            int taken = isShort ? random.nextInt(planned) : planned;
            picker.send(new ConfirmPick((UUID) task.get("id"), (String) task.get("bin_code"), (String) task.get("sku"), BigDecimal.valueOf(taken), null));
            return (isShort ? "short pick " : "pick ") + taken + " of " + planned + " at " + task.get("bin_code");
        }

        private String replenish() {
            List<Map<String, Object>> open = open("SELECT id, from_code, to_code, sku, quantity - moved_quantity AS remaining "
                    + "FROM replenishment_task WHERE warehouse_id = ? AND status = 'OPEN' ORDER BY id");
            if (open.isEmpty()) { // the supervisor has the pick faces checked
                var c = depot.server().capabilities();
                int planned = c.transactions().inTransaction(em -> c.replenishment().checkAll(em, warehouse.id())).size();
                return planned == 0 ? NOTHING : "pick faces checked: " + planned + " to fill";
            }
            Map<String, Object> task = anyOf(open);
            int left = ((BigDecimal) task.get("remaining")).intValue();
            int moved = switch (random.nextInt(3)) {
                case 0 -> 1 + random.nextInt(Math.max(1, left));
                case 1 -> left + 1;
                default -> Math.max(1, left);
            };
            picker.send(new Replenish((UUID) task.get("id"), (String) task.get("from_code"), (String) task.get("sku"),
                    (String) task.get("to_code"), BigDecimal.valueOf(moved)));
            return "replenish " + moved + " of " + left + " from " + task.get("from_code");
        }

        private String count() {
            List<Map<String, Object>> open = open("SELECT id, bin_code, sku FROM count_task WHERE warehouse_id = ? AND status = 'OPEN' ORDER BY id");
            if (open.isEmpty() || random.nextInt(3) == 0) {
                var c = depot.server().capabilities();
                Fixtures.TestItem item = anyOf(items);
                String bin = anyOf(BINS);
                c.transactions().run(em -> c.counting().request(em, new Counting.Request(
                        c.inventory().location(em, warehouse.locations().get(bin)), item.id(), "Drawn by the sequence", null)));
                return "count asked for at " + bin;
            }
            Map<String, Object> task = anyOf(open);
            int counted = random.nextInt(25);
            picker.send(new CountStock((UUID) task.get("id"), (String) task.get("bin_code"), (String) task.get("sku"), BigDecimal.valueOf(counted)));
            return "count " + counted + " at " + task.get("bin_code");
        }

        private String ship() {
            List<UUID> picked = ordersIn("PICKED");
            if (picked.isEmpty()) {
                return NOTHING;
            }
            return "ship: " + depot.as(Role.SUPERVISOR).post("api/orders/" + anyOf(picked) + "/ship").status();
        }

        /** The rows of this sequence's warehouse that a query finds. */
        private List<Map<String, Object>> open(String query) {
            return depot.sql().rows(query, warehouse.id());
        }

        private List<UUID> ordersIn(String status) {
            return orders.stream().filter(id -> status.equals(depot.sql().single("SELECT status FROM sales_order WHERE id = ?", id))).toList();
        }

        /** Eaches of this sequence's items promised beyond what the warehouse has on hand. */
        private int overPromised() {
            return depot.sql().decimal("SELECT COALESCE(SUM(GREATEST(reserved - on_hand, 0)), 0) FROM stock_position "
                    + "WHERE warehouse_id = ? AND item_id IN (?, ?)", warehouse.id(), items.get(0).id(), items.get(1).id()).intValue();
        }

        private <T> T anyOf(List<T> choices) {
            return choices.get(random.nextInt(choices.size()));
        }
    }
}
