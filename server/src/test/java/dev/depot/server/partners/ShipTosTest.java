package dev.depot.server.partners;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.model.commands.CommandResult;
import dev.depot.model.commands.Outcome;
import dev.depot.model.commands.PlaceOrder;
import dev.depot.model.contact.ShipTo;
import dev.depot.model.identity.Role;
import dev.depot.model.ids.UuidV7;
import dev.depot.model.views.CustomerView;
import dev.depot.model.views.OrderView;
import dev.depot.server.testing.ApiResponse;
import dev.depot.server.testing.Fixtures;
import dev.depot.server.testing.Invariants;
import dev.depot.server.testing.RunningDepot;
import dev.depot.server.testing.TestDevice;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Where customers take deliveries: the rep's device holds each customer's ship-tos, an order goes to
 * the one the rep chose or else the default, keeps the address as it was, and an address that is not
 * the customer's is refused with nothing written.
 */
class ShipTosTest {

    @RegisterExtension
    static RunningDepot depot = new RunningDepot();

    static Fixtures fixtures;
    static RunningDepot.TestUser rep;
    static Fixtures.TestItem item;
    static UUID customer;
    static ShipTo mainSite;
    static ShipTo annex;
    static ShipTo someoneElses;

    @BeforeAll
    static void aCustomerWithTwoSites() {
        fixtures = new Fixtures(depot);
        Fixtures.TestWarehouse main = fixtures.warehouse("MAIN");
        item = fixtures.item("SHIP-1", "4.00");
        fixtures.stock(item, main, "A-01-1", 100);
        rep = depot.addUser(Role.REP);
        customer = fixtures.customer("C-SHIP", rep.id(), main, "10000.00", "0");
        mainSite = fixtures.shipTo(customer, "Main site", false);
        annex = fixtures.shipTo(customer, "Annex", false);
        someoneElses = fixtures.shipTo(fixtures.customer("C-OTHER", null, main, "10000.00", "0"), "Other", true);
    }

    @Test
    void theRepsDeviceHoldsTheCustomersShipTosWithTheFirstOneAsDefault() {
        CustomerView held = TestDevice.of(depot, rep).views(CustomerView.class).stream()
                .filter(c -> c.id().equals(customer)).findFirst().orElseThrow();

        assertThat(held.shipTos()).extracting(ShipTo::name).containsExactly("Main site", "Annex");
        assertThat(held.defaultShipTo()).contains(mainSite);
        Invariants.assertHold(depot.sql()); // among them: each new state of the customer came with a new version
    }

    @Test
    void anOrderGoesToTheChosenShipToOrElseTheDefaultAndKeepsTheAddress() {
        TestDevice phone = TestDevice.of(depot, rep);
        UUID toAnnex = UuidV7.next();
        UUID toDefault = UuidV7.next();

        assertThat(phone.send(order(toAnnex, annex.id())).outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(phone.send(order(toDefault, null)).outcome()).isEqualTo(Outcome.APPLIED);

        assertThat(depot.sql().single("SELECT ship_to_id FROM sales_order WHERE id = ?", toAnnex)).isEqualTo(annex.id());
        assertThat(depot.sql().single("SELECT ship_to FROM sales_order WHERE id = ?", toDefault)).isEqualTo(mainSite.oneLine());
        assertThat(phone.views(OrderView.class)).filteredOn(o -> o.id().equals(toAnnex)).extracting(OrderView::shipTo)
                .containsExactly("Annex, 1 Test Street, 43215 Columbus, US");
    }

    @Test
    void theOrderDeskMayChooseAShipToToo() {
        ApiResponse placed = depot.as(Role.ORDER_DESK).post("api/orders", Map.of("customerId", customer, "shipToId", annex.id(),
                "lines", List.of(Map.of("itemId", item.id(), "quantity", 1))));

        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        assertThat(placed.body()).contains(annex.oneLine());
    }

    @Test
    void anotherCustomersShipToIsRefusedAndNothingIsWritten() {
        TestDevice phone = TestDevice.of(depot, rep);
        long orders = depot.sql().count("SELECT count(*) FROM sales_order");
        long reserved = depot.sql().count("SELECT count(*) FROM reservation");

        CommandResult refused = phone.send(order(UuidV7.next(), someoneElses.id()));

        assertThat(refused.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(refused.code()).isEqualTo("UNKNOWN_REFERENCE");
        assertThat(refused.message()).contains("is not an address of C-SHIP Trading");
        assertThat(depot.sql().count("SELECT count(*) FROM sales_order")).isEqualTo(orders);
        assertThat(depot.sql().count("SELECT count(*) FROM reservation")).isEqualTo(reserved);
    }

    private static PlaceOrder order(UUID orderId, UUID shipToId) {
        return new PlaceOrder(orderId, customer, List.of(new PlaceOrder.Line(item.id(), BigDecimal.ONE, null, null)), null, null,
                shipToId);
    }
}
