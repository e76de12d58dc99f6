package dev.depot.server.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.model.commands.ConfirmPick;
import dev.depot.model.commands.Outcome;
import dev.depot.model.commands.PlaceOrder;
import dev.depot.model.gs1.Sscc;
import dev.depot.model.identity.Role;
import dev.depot.model.views.PickTaskView;
import dev.depot.server.testing.ApiClient;
import dev.depot.server.testing.ApiResponse;
import dev.depot.server.testing.Fixtures;
import dev.depot.server.testing.Invariants;
import dev.depot.server.testing.RunningDepot;
import dev.depot.server.testing.TestDevice;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Over the API: a picked order is packed a carton at a time, each with an SSCC of the distributor's
 * GS1 company prefix; what is still unpacked when it ships goes into one last carton; it leaves with
 * a carrier, a tracking number and who took it. Packing more than was picked, packing an order not
 * yet picked, another warehouse's order, or shipping with an unknown carrier changes nothing.
 */
class PackingAndShippingTest {

    @RegisterExtension
    static RunningDepot depot = new RunningDepot();

    private static final AtomicInteger ORDERS = new AtomicInteger();

    static Fixtures fixtures;
    static Fixtures.TestWarehouse main;
    static Fixtures.TestItem gloves;
    static Fixtures.TestItem towels;
    static RunningDepot.TestUser rep;
    static UUID customer;
    static TestDevice picker;
    static ApiClient supervisor;

    @BeforeAll
    static void aWarehouseWithStockACustomerAndItsPeople() {
        fixtures = new Fixtures(depot);
        main = fixtures.warehouse("MAIN");
        gloves = fixtures.item("GLV-100", "10.00");
        towels = fixtures.item("TWL-200", "4.00");
        fixtures.stock(gloves, main, "A-01-1", 1000);
        fixtures.stock(towels, main, "A-02-1", 1000);
        rep = depot.addUser(Role.REP);
        customer = fixtures.customer("C-1", rep.id(), main, "1000000.00", "0");
        fixtures.shipsWith(customer, "DHL", LocalTime.of(15, 0));
        fixtures.carrier("OWN", LocalTime.of(11, 30));
        picker = TestDevice.of(depot, depot.addUser(Role.PICKER, main.id()));
        supervisor = depot.signedIn(depot.addUser(Role.SUPERVISOR, main.id()));
    }

    @AfterEach
    void theBooksStillBalance() {
        Invariants.assertHold(depot.sql());
    }

    @Test
    void aPickedOrderIsPackedCartonByCartonAndLeavesWithItsCarrierAndTrackingNumber() {
        UUID order = pickedOrder(12, 5);

        ApiResponse first = supervisor.post("api/orders/" + order + "/cartons", Map.of("lines", List.of(
                Map.of("lineNumber", 1, "quantity", 12), Map.of("lineNumber", 2, "quantity", 2)), "weightKg", 4.5));
        ApiResponse second = supervisor.post("api/orders/" + order + "/cartons", Map.of("lines", List.of(
                Map.of("lineNumber", 2, "quantity", 3))));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().getInt("number")).isEqualTo(1);
        assertThat(second.json().getInt("number")).isEqualTo(2);
        Sscc sscc = new Sscc(first.json().getString("sscc"));
        assertThat(sscc.digits()).as("extension 0, the company prefix, a serial, a check digit").startsWith("00614141");
        assertThat(second.json().getString("sscc")).isNotEqualTo(sscc.digits());
        assertThat(first.json().getJsonNumber("units").bigDecimalValue()).isEqualByComparingTo("14");

        ApiResponse shipped = supervisor.post("api/orders/" + order + "/ship", Map.of("trackingNumber", "JD014600006281934567",
                "handedTo", "Sam Driver"));

        assertThat(shipped.json().getString("status")).as(shipped.toString()).isEqualTo("SHIPPED");
        assertThat(depot.sql().rows("SELECT carrier_code, tracking_number, handed_to, cartons FROM shipment WHERE order_id = ?", order))
                .singleElement().isEqualTo(Map.of("carrier_code", "DHL", "tracking_number", "JD014600006281934567",
                        "handed_to", "Sam Driver", "cartons", 2));
        assertThat(depot.sql().single("SELECT detail FROM order_event WHERE order_id = ? AND kind = 'SHIPPED'", order).toString())
                .startsWith("Shipped 17 each in 2 cartons with DHL, tracking JD014600006281934567, handed to Sam Driver; cost ");
    }

    @Test
    void whatIsStillUnpackedWhenTheOrderLeavesGoesIntoOneLastCartonAndAnotherCarrierMayTakeIt() {
        UUID order = pickedOrder(6, 4);
        supervisor.post("api/orders/" + order + "/cartons", Map.of("lines", List.of(Map.of("lineNumber", 1, "quantity", 6))));

        ApiResponse shipped = supervisor.post("api/orders/" + order + "/ship", Map.of("carrierCode", "OWN"));

        assertThat(shipped.status()).as(shipped.toString()).isEqualTo(200);
        assertThat(depot.sql().rows("SELECT c.number, l.quantity FROM carton c JOIN carton_line l ON l.carton_id = c.id "
                + "WHERE c.order_id = ? ORDER BY c.number", order)).extracting(r -> r.get("number") + ":" + ((BigDecimal) r.get("quantity"))
                .stripTrailingZeros().toPlainString()).containsExactly("1:6", "2:4");
        assertThat(depot.sql().single("SELECT carrier_code FROM shipment WHERE order_id = ?", order)).isEqualTo("OWN");
    }

    @Test
    void badPackingAndAnUnknownCarrierChangeNothing() {
        UUID order = pickedOrder(3, 1);
        long cartons = depot.sql().count("SELECT count(*) FROM carton");

        ApiResponse tooMany = supervisor.post("api/orders/" + order + "/cartons", Map.of("lines", List.of(
                Map.of("lineNumber", 1, "quantity", 2), Map.of("lineNumber", 2, "quantity", 2))));
        ApiResponse empty = supervisor.post("api/orders/" + order + "/cartons", Map.of("lines", List.of(Map.of("lineNumber", 1, "quantity", 0))));
        ApiResponse noSuchLine = supervisor.post("api/orders/" + order + "/cartons", Map.of("lines", List.of(Map.of("lineNumber", 9, "quantity", 1))));
        ApiResponse tooHeavy = supervisor.post("api/orders/" + order + "/cartons", Map.of("lines", List.of(Map.of("lineNumber", 1, "quantity", 1)),
                "weightKg", 5000));
        ApiResponse byAPicker = depot.as(Role.PICKER).post("api/orders/" + order + "/cartons", Map.of("lines", List.of(
                Map.of("lineNumber", 1, "quantity", 1))));
        ApiResponse otherWarehouse = depot.signedIn(depot.addUser(Role.SUPERVISOR, fixtures.warehouse("EAST").id()))
                .post("api/orders/" + order + "/cartons", Map.of("lines", List.of(Map.of("lineNumber", 1, "quantity", 1))));
        ApiResponse unknownCarrier = supervisor.post("api/orders/" + order + "/ship", Map.of("carrierCode", "NOPE"));

        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.contentType()).isEqualTo("application/problem+json");
        assertThat(tooMany.body()).contains("TWL-200: 1 picked and not yet packed, not 2");
        assertThat(empty.body()).contains("put at least one item into the carton");
        assertThat(noSuchLine.body()).contains("has no line 9");
        assertThat(tooHeavy.body()).contains("a carton weighs more than 0 and at most 1000 kg");
        assertThat(byAPicker.status()).isEqualTo(403);
        assertThat(otherWarehouse.status()).isEqualTo(403);
        assertThat(unknownCarrier.status()).isEqualTo(400);
        assertThat(unknownCarrier.body()).contains("no carrier has the code NOPE");
        assertThat(depot.sql().count("SELECT count(*) FROM carton")).isEqualTo(cartons);
        assertThat(depot.sql().single("SELECT status FROM sales_order WHERE id = ?", order)).isEqualTo("PICKED");

        UUID notPicked = placed(1, 1);
        assertThat(supervisor.post("api/orders/" + notPicked + "/release").status()).isEqualTo(200);
        ApiResponse tooEarly = supervisor.post("api/orders/" + notPicked + "/cartons", Map.of("lines", List.of(Map.of("lineNumber", 1, "quantity", 1))));
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.body()).contains("only picked orders can be packed");
    }

    /** An order for so many gloves (line 1) and towels (line 2), released and picked in full on the picker's handheld. */
    private static UUID pickedOrder(int gloveCount, int towelCount) {
        UUID order = placed(gloveCount, towelCount);
        assertThat(supervisor.post("api/orders/" + order + "/release").status()).isEqualTo(200);
        for (PickTaskView task : picker.views(PickTaskView.class).stream().filter(t -> t.orderId().equals(order)).toList()) {
            String item = task.sku().equals(gloves.sku()) ? gloves.gtin() : towels.gtin();
            assertThat(picker.send(new ConfirmPick(task.id(), task.binCode(), item, task.quantity(), null)).outcome()).isEqualTo(Outcome.APPLIED);
        }
        assertThat(depot.sql().single("SELECT status FROM sales_order WHERE id = ?", order)).isEqualTo("PICKED");
        return order;
    }

    private static UUID placed(int gloveCount, int towelCount) {
        PlaceOrder order = new PlaceOrder(UUID.randomUUID(), customer, List.of(
                new PlaceOrder.Line(gloves.id(), BigDecimal.valueOf(gloveCount), null, null),
                new PlaceOrder.Line(towels.id(), BigDecimal.valueOf(towelCount), null, null)), null, "PO-" + ORDERS.incrementAndGet(), null);
        assertThat(TestDevice.of(depot, rep).send(order).outcome()).isEqualTo(Outcome.APPLIED);
        return order.orderId();
    }
}
