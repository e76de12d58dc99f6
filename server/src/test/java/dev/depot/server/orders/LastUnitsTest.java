package dev.depot.server.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.model.identity.Role;
import dev.depot.server.testing.ApiClient;
import dev.depot.server.testing.ApiResponse;
import dev.depot.server.testing.Fixtures;
import dev.depot.server.testing.Invariants;
import dev.depot.server.testing.RunningDepot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Many order takers racing for the last units: nobody is promised stock that is not there. */
class LastUnitsTest {

    @RegisterExtension
    static RunningDepot depot = new RunningDepot();

    @Test
    void twentyConcurrentOrdersForTenUnitsReserveExactlyTen() throws Exception {
        Fixtures fixtures = new Fixtures(depot);
        Fixtures.TestWarehouse main = fixtures.warehouse("MAIN");
        Fixtures.TestItem item = fixtures.item("LAST", "5.00");
        fixtures.stock(item, main, "A-01-1", 10);
        List<UUID> customers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            customers.add(fixtures.customer("C-" + i, null, main, "100000.00", "0"));
        }
        ApiClient desk = depot.as(Role.ORDER_DESK);

        List<Future<ApiResponse>> orders = new ArrayList<>();
        try (ExecutorService takers = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 20; i++) {
                UUID customer = customers.get(i % customers.size());
                orders.add(takers.submit(() -> desk.post("api/orders", Map.of("customerId", customer,
                        "lines", List.of(Map.of("itemId", item.id(), "quantity", 1))))));
            }
            for (Future<ApiResponse> order : orders) {
                assertThat(order.get().status()).as(order.get().toString()).isEqualTo(201);
            }
        }

        assertThat(depot.sql().decimal("SELECT SUM(reserved) FROM order_line WHERE item_id = ?", item.id())).isEqualByComparingTo("10");
        assertThat(depot.sql().decimal("SELECT SUM(backordered) FROM order_line WHERE item_id = ?", item.id()))
                .isEqualByComparingTo("10");
        assertThat(depot.sql().decimal("SELECT on_hand - reserved FROM stock_position WHERE item_id = ?", item.id()))
                .isEqualByComparingTo("0");
        Invariants.assertHold(depot.sql());
    }
}
