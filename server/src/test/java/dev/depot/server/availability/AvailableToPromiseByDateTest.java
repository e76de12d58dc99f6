package dev.depot.server.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.depot.model.commands.PlaceOrder;
import dev.depot.model.commands.ReceiveGoods;
import dev.depot.model.identity.Role;
import dev.depot.model.views.PurchaseOrderView;
import dev.depot.server.testing.ApiClient;
import dev.depot.server.testing.ApiResponse;
import dev.depot.server.testing.Fixtures;
import dev.depot.server.testing.RunningDepot;
import dev.depot.server.testing.TestDevice;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Available to promise by date through the API, on what receiving, holds, reservations and
 * purchase orders wrote: today's figure with its parts, and one more for each day goods are due.
 */
class AvailableToPromiseByDateTest {

    @RegisterExtension
    static RunningDepot depot = new RunningDepot();

    @Test
    void todayAndEachDueDateAddUpFromTheirParts() {
        Fixtures fixtures = new Fixtures(depot);
        Fixtures.TestWarehouse main = fixtures.warehouse("MAIN");
        Fixtures.TestItem item = fixtures.item("ATP-1", "10.00");
        fixtures.stock(item, main, "A-01-1", 30);
        fixtures.stock(item, main, "A-02-1", 4);
        var c = depot.server().capabilities();
        c.transactions().run(em -> c.inventory().hold(em, item.id(), c.inventory().location(em, main.locations().get("A-02-1")),
                "Short pick: 4 fewer than the books said"));
        RunningDepot.TestUser rep = depot.addUser(Role.REP);
        UUID customer = fixtures.customer("C-ATP", rep.id(), main, "100000.00", "0");
        TestDevice.of(depot, rep).send(new PlaceOrder(UUID.randomUUID(), customer,
                List.of(new PlaceOrder.Line(item.id(), new BigDecimal("5"), null, null)), null, null, null));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        PurchaseOrderView late = fixtures.purchaseOrder(main, today.minusDays(1), "0", 10, item);
        PurchaseOrderView soon = fixtures.purchaseOrder(main, today.plusDays(3), "0", 24, item);
        TestDevice receiver = TestDevice.of(depot, depot.addUser(Role.RECEIVER, main.id()));
        receiver.send(new ReceiveGoods(soon.id(), item.gtin(), new BigDecimal("6"), null, null, null, false));
        receiver.send(new ReceiveGoods(soon.id(), item.gtin(), new BigDecimal("2"), null, null, null, true));

        ApiResponse response = depot.as(Role.ORDER_DESK).get("api/availability?warehouse=MAIN&item=ATP-1");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonObject atp = response.json();
        assertThat(atp.getJsonNumber("onHand").intValue()).as("A-01-1; A-02-1 is on hold").isEqualTo(30);
        assertThat(atp.getJsonNumber("reserved").intValue()).isEqualTo(5);
        assertThat(atp.getJsonNumber("inReceiving").intValue()).isEqualTo(6);
        assertThat(atp.getJsonNumber("onHold").intValue()).isEqualTo(4);
        assertThat(atp.getJsonNumber("inQuarantine").intValue()).isEqualTo(2);
        assertThat(atp.getJsonArray("inbound").getValuesAs(JsonObject.class))
                .extracting(due -> due.getString("document"), due -> due.getJsonNumber("quantity").intValue())
                .containsExactly(tuple(late.number(), 10), tuple(soon.number(), 16));
        assertThat(atp.getJsonArray("days").getValuesAs(JsonObject.class))
                .extracting(day -> day.getString("date"), day -> day.getJsonNumber("available").intValue())
                .as("30 − 5 + 6 + the late 10 today; the other 16 from their due date")
                .containsExactly(tuple(today.toString(), 41),
                        tuple(today.plusDays(3).toString(), 57));
    }

    @Test
    void askingWrongIsAProblemAndPickersDoNotPromise() {
        ApiClient desk = depot.as(Role.ORDER_DESK);
        ApiResponse noWarehouse = desk.get("api/availability?warehouse=NOWHERE&item=ATP-1");
        assertThat(noWarehouse.status()).isEqualTo(400);
        assertThat(noWarehouse.contentType()).isEqualTo("application/problem+json");
        assertThat(noWarehouse.body()).contains("no warehouse NOWHERE");
        assertThat(desk.get("api/availability?warehouse=MAIN").body()).contains("say which item");
        assertThat(depot.as(Role.PICKER).get("api/availability?warehouse=MAIN&item=ATP-1").status()).isEqualTo(403);
    }
}
