package dev.depot.server.waves;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.model.identity.Role;
import dev.depot.server.DepotServer;
import dev.depot.server.platform.DatabaseSettings;
import dev.depot.server.testing.BenchmarkReport;
import dev.depot.server.testing.BenchmarkReport.Figure;
import dev.depot.server.testing.BenchmarkReport.Target;
import dev.depot.server.testing.Fixtures;
import dev.depot.server.testing.Latencies;
import dev.depot.server.testing.RunningDepot;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The wave planner over 10,000 open order lines (2,500 orders of 4 lines, 3 carriers, one order in
 * twenty a rush, 100 items stocked in bins of 4 zones), against a plain SQL aggregate over the same
 * lines (lines and units per order): how much planning costs beyond reading what it plans.
 */
@Tag("bench")
class WavePlanningBenchmark {

    private static final int ORDERS = 2_500;
    private static final int LINES_PER_ORDER = 4;
    private static final int ITEMS = 100;
    private static final int WARM_UP = 20;
    private static final int SAMPLES = 50;
    private static final String AGGREGATE = """
            SELECT o.id, count(*), sum(l.reserved)
            FROM sales_order o JOIN order_line l ON l.order_id = o.id
            WHERE o.warehouse_id = ? AND o.status = 'OPEN' AND l.reserved > 0
            GROUP BY o.id""";

    @RegisterExtension
    static RunningDepot depot = new RunningDepot();

    @Test
    void planningTenThousandOpenLines() throws SQLException {
        UUID warehouse = openOrders();
        DepotServer.Capabilities c = depot.server().capabilities();
        DatabaseSettings db = depot.database();
        try (Connection jdbc = DriverManager.getConnection(db.url(), db.user(), db.password());
             PreparedStatement aggregate = jdbc.prepareStatement(AGGREGATE)) {
            aggregate.setObject(1, warehouse);
            List<WavePlanner.PlannedWave> plan = c.transactions().inTransaction(em -> c.waves().plan(em, warehouse));
            assertThat(plan.stream().mapToInt(w -> w.orders().size()).sum()).isEqualTo(ORDERS);
            assertThat(plan.stream().mapToInt(WavePlanner.PlannedWave::lines).sum()).isEqualTo(ORDERS * LINES_PER_ORDER);
            assertThat(ordersIn(aggregate)).isEqualTo(ORDERS);

            IntStream.range(0, WARM_UP).forEach(i -> {
                c.transactions().inTransaction(em -> c.waves().plan(em, warehouse));
                ordersIn(aggregate);
            });
            Latencies planning = new Latencies();
            Latencies reading = new Latencies();
            for (int i = 0; i < SAMPLES; i++) {
                long started = System.nanoTime();
                c.transactions().inTransaction(em -> c.waves().plan(em, warehouse));
                planning.addNanos(System.nanoTime() - started);
                started = System.nanoTime();
                ordersIn(aggregate);
                reading.addNanos(System.nanoTime() - started);
            }

            new BenchmarkReport("Wave planning: " + ORDERS * LINES_PER_ORDER + " open order lines (" + ORDERS + " orders)")
                    .ratio("median plan", Figure.of(planning.medianMillis(), "%.1f ms"),
                            Figure.of(reading.medianMillis(), "%.1f ms (SQL aggregate)"), Target.below(4, "≤ 4x"))
                    .absolute("p95 plan", Figure.of(planning.percentileMillis(95), "%.1f ms"),
                            Figure.of(reading.percentileMillis(95), "%.1f ms (SQL aggregate)"), Target.below(500, "≤ 500 ms"))
                    .note(SAMPLES + " plans (a transaction each: the open lines, where each item is picked, the grouping in memory) and as"
                            + " many runs of the aggregate over plain JDBC, taken in turn after " + WARM_UP + " of each; orders and"
                            + " lines bulk-loaded with INSERT … SELECT generate_series, then VACUUM ANALYZE")
                    .print();
        }
    }

    /** A warehouse with 100 stocked items in 4 zones and 2,500 open orders of 4 reserved lines each, written straight into the tables. */
    private static UUID openOrders() throws SQLException {
        Fixtures fixtures = new Fixtures(depot);
        Fixtures.TestWarehouse main = fixtures.warehouse("MAIN");
        List<String> bins = List.of("A-01-1", "A-01-2", "A-02-1", "A-02-2");
        bins.forEach(bin -> fixtures.binRules(main, bin, "Z" + bins.indexOf(bin), 1_000_000, null));
        for (int i = 0; i < ITEMS; i++) {
            fixtures.stock(fixtures.item("WAVE-" + i, "5.00"), main, bins.get(i % bins.size()), 100_000);
        }
        UUID customer = fixtures.customer("C-WAVES", depot.addUser(Role.REP).id(), main, "100000000.00", "0");
        fixtures.carrier("OWN", LocalTime.of(11, 30));
        fixtures.carrier("DHL", LocalTime.of(15, 0));
        fixtures.carrier("UPS", LocalTime.of(17, 0));
        DatabaseSettings db = depot.database();
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password()); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO sales_order (id, number, customer_id, customer_name, warehouse_id, status, currency, subtotal, tax, total,
                                             tax_rate, placed_by, placed_at, version, carrier_code, priority)
                    SELECT md5('wave-order-' || g)::uuid, 'SO-B' || lpad(g::text, 6, '0'), '%s', 'Bench Trading', '%s', 'OPEN', 'USD',
                           100, 0, 100, 0, '%s', now() - g * interval '1 second', 1,
                           (ARRAY['OWN', 'DHL', 'UPS'])[g %% 3 + 1], CASE WHEN g %% 20 = 0 THEN 'RUSH' ELSE 'STANDARD' END
                    FROM generate_series(1, %d) g""".formatted(customer, main.id(), UUID.randomUUID(), ORDERS));
            s.execute("""
                    INSERT INTO order_line (id, order_id, line_number, item_id, sku, item_name, quantity, reserved, backordered, picked,
                                            shipped, unit_price, discount_percent, net)
                    SELECT md5('wave-line-' || g || '-' || n)::uuid, md5('wave-order-' || g)::uuid, n, i.id, i.sku, i.name, 2, 2, 0, 0,
                           0, 5, 0, 10
                    FROM generate_series(1, %d) g, generate_series(1, %d) n,
                         LATERAL (SELECT id, sku, name FROM item WHERE sku = 'WAVE-' || ((g * 7 + n * 13) %% %d)) i"""
                    .formatted(ORDERS, LINES_PER_ORDER, ITEMS));
            s.execute("VACUUM ANALYZE sales_order, order_line, stock_balance, location");
        }
        return main.id();
    }

    private static int ordersIn(PreparedStatement aggregate) {
        try (ResultSet rows = aggregate.executeQuery()) {
            int orders = 0;
            while (rows.next()) {
                orders++;
            }
            return orders;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
