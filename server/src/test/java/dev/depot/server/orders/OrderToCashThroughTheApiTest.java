package dev.depot.server.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.model.commands.ConfirmPick;
import dev.depot.model.commands.Outcome;
import dev.depot.model.identity.Role;
import dev.depot.model.money.Money;
import dev.depot.model.views.InvoiceView;
import dev.depot.model.views.PickTaskView;
import dev.depot.server.testing.ApiClient;
import dev.depot.server.testing.ApiResponse;
import dev.depot.server.testing.Fixtures;
import dev.depot.server.testing.Invariants;
import dev.depot.server.testing.RunningDepot;
import dev.depot.server.testing.TestDevice;
import dev.depot.sync.client.HttpSyncTransport;
import dev.depot.sync.protocol.CommandEnvelope;
import dev.depot.sync.protocol.DeviceRegistration;
import dev.depot.sync.protocol.PullResponse;
import dev.depot.sync.protocol.PushRequest;
import dev.depot.sync.protocol.PushResponse;
import dev.depot.sync.protocol.RegisterDevice;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The order desk's whole story through the real HTTP API, with a picker's handheld confirming picks over sync. */
class OrderToCashThroughTheApiTest {

    @RegisterExtension
    static RunningDepot depot = new RunningDepot();

    @Test
    void anOrderIsCapturedReleasedPickedShippedAndInvoicedAndTheBooksBalance() {
        Fixtures fixtures = new Fixtures(depot);
        Fixtures.TestWarehouse main = fixtures.warehouse("MAIN");
        Fixtures.TestItem gloves = fixtures.item("GLOVES-L", "8.90");
        Fixtures.TestItem towels = fixtures.item("TOWELS", "41.50");
        fixtures.stock(gloves, main, "A-01-1", 20);
        fixtures.stock(gloves, main, "A-02-1", 100);
        fixtures.stock(towels, main, "A-01-2", 3);
        RunningDepot.TestUser rep = depot.addUser(Role.REP);
        UUID customer = fixtures.customer("C-1", rep.id(), main, "5000.00", "7.5");
        ApiClient desk = depot.as(Role.ORDER_DESK);

        ApiResponse placed = desk.post("api/orders", Map.of("customerId", customer, "customerReference", "PO-77", "lines", List.of(
                Map.of("itemId", gloves.id(), "quantity", 24),
                Map.of("itemId", towels.id(), "quantity", 5, "discountPercent", 10))));

        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        assertThat(placed.json().getString("outcome")).isEqualTo(Outcome.ADJUSTED.name());
        JsonObject order = placed.json().getJsonObject("order");
        // 24 gloves at the case price 8.01 = 192.24; 5 towels at 41.50 less 10 % = 186.75; tax 7.5 % of 378.99 = 28.42
        assertThat(order.getJsonObject("total").getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("407.41");
        assertThat(order.getJsonArray("lines").getJsonObject(1).getJsonNumber("backordered").bigDecimalValue())
                .isEqualByComparingTo("2");
        String orderId = order.getString("id");

        ApiResponse rushed = desk.post("api/orders/" + orderId + "/rush");
        assertThat(rushed.status()).as(rushed.toString()).isEqualTo(200);
        assertThat(depot.sql().single("SELECT priority FROM sales_order WHERE id = ?", UUID.fromString(orderId))).isEqualTo("RUSH");

        ApiResponse released = desk.post("api/orders/" + orderId + "/release");
        assertThat(released.json().getString("status")).as(released.toString()).isEqualTo("RELEASED");

        pickEverythingOnAHandheld(main);
        assertThat(desk.get("api/orders/" + orderId).json().getJsonObject("order").getString("status")).isEqualTo("PICKED");

        ApiClient supervisor = depot.as(Role.SUPERVISOR);
        assertThat(supervisor.post("api/orders/" + orderId + "/ship").json().getString("status")).isEqualTo("SHIPPED");
        ApiClient accountant = depot.as(Role.ACCOUNTANT);
        ApiResponse invoice = accountant.post("api/orders/" + orderId + "/invoice");
        assertThat(invoice.status()).as(invoice.toString()).isEqualTo(201);
        assertThat(invoice.json().getString("number")).startsWith("INV-");

        JsonObject detail = desk.get("api/orders/" + orderId).json();
        assertThat(detail.getJsonObject("order").getString("status")).isEqualTo("INVOICED");
        assertThat(detail.getJsonArray("timeline").stream().map(e -> e.asJsonObject().getString("kind")).toList())
                .containsExactly("PLACED", "BACKORDERED", "RUSHED", "RELEASED", "PICKED", "PACKED", "SHIPPED", "INVOICED");
        // shipped 24 gloves and the 3 towels in stock: 192.24 + 112.05 = 304.29, tax 22.82
        assertThat(depot.sql().decimal("SELECT total FROM invoice WHERE order_id = ?", UUID.fromString(orderId)))
                .isEqualByComparingTo("327.11");
        assertThat(depot.sql().decimal("SELECT SUM(debit) FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id "
                + "WHERE e.source_type = 'INVOICE' AND l.account_code = '1200'")).isEqualByComparingTo("327.11");
        assertThat(depot.sql().count("SELECT count(*) FROM journal_entry WHERE source_type = 'GOODS_ISSUE'")).isEqualTo(1);
        assertThat(TestDevice.of(depot, rep).views(InvoiceView.class)).as("the rep's device, to age the customer's receivables")
                .singleElement().satisfies(held -> {
                    assertThat(held.number()).isEqualTo(invoice.json().getString("number"));
                    assertThat(held.open()).isEqualTo(Money.of("327.11", "USD"));
                    assertThat(held.dueOn()).as("net 30").isEqualTo(LocalDate.ofInstant(held.issuedAt(), ZoneOffset.UTC).plusDays(30));
                });
        assertThat(depot.sql().decimal("SELECT SUM(quantity) FROM stock_balance WHERE item_id = ?", gloves.id()))
                .isEqualByComparingTo("96");
        Invariants.assertHold(depot.sql());
    }

    private void pickEverythingOnAHandheld(Fixtures.TestWarehouse warehouse) {
        RunningDepot.TestUser picker = depot.addUser(Role.PICKER, warehouse.id());
        HttpSyncTransport transport = new HttpSyncTransport(depot.uri(), Duration.ofSeconds(10));
        DeviceRegistration device = transport.register(new RegisterDevice(picker.username(), RunningDepot.PASSWORD, "scanner-7", "test"));
        PullResponse copy = transport.pull(device.token(), null, 0, Duration.ZERO);
        List<PickTaskView> tasks = copy.changes().stream().filter(c -> c.payload() instanceof PickTaskView)
                .map(c -> (PickTaskView) c.payload()).sorted((a, b) -> Integer.compare(a.walkSequence(), b.walkSequence())).toList();
        assertThat(tasks).extracting(PickTaskView::binCode).containsExactly("A-01-1", "A-01-2", "A-02-1");

        List<CommandEnvelope> picks = new ArrayList<>();
        long seq = 1;
        for (PickTaskView task : tasks) {
            picks.add(new CommandEnvelope(UUID.randomUUID(), device.deviceId(), seq++, Instant.now(), Map.of(),
                    new ConfirmPick(task.id(), task.binCode(), task.gtin(), task.quantity(), null)));
        }
        PushResponse pushed = transport.push(device.token(), new PushRequest(device.deviceId(), picks));

        assertThat(pushed.results()).extracting(r -> r.outcome()).containsOnly(Outcome.APPLIED);
        assertThat(pushed.lastSeq()).isEqualTo(3);
        assertThat(tasks.stream().map(PickTaskView::quantity).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("27");
    }

    @Test
    void aPickerMayNotReleaseOrdersARepMayNotShipAndAnAccountantMayNotRush() {
        assertThat(depot.as(Role.PICKER).post("api/orders/" + UUID.randomUUID() + "/release").status()).isEqualTo(403);
        assertThat(depot.as(Role.REP).post("api/orders/" + UUID.randomUUID() + "/ship").status()).isEqualTo(403);
        assertThat(depot.as(Role.ACCOUNTANT).post("api/orders/" + UUID.randomUUID() + "/rush").status()).isEqualTo(403);
        assertThat(depot.anonymous().get("api/orders").status()).isEqualTo(401);
    }
}
