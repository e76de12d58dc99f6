package dev.depot.server.admin;

import dev.depot.model.commands.PlaceOrder;
import dev.depot.model.ids.UuidV7;
import dev.depot.model.views.OrderStatus;
import dev.depot.server.DepotServer;
import dev.depot.server.identity.Caller;
import dev.depot.server.orders.CaptureResult;
import dev.depot.server.partners.Customer;
import dev.depot.server.testing.RunningDepot;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Orders for the admin's tests, made through the real use cases on the demo data, as the demo order desk. */
final class TestOrders {

    static final String PASSWORD = "admin-tests-password";

    private final RunningDepot depot;

    TestOrders(RunningDepot depot) {
        this.depot = depot;
    }

    /** A server with the demo distributor loaded; every demo user has {@link #PASSWORD}. */
    static RunningDepot demoDepot() {
        return new RunningDepot().with("depot.demo-data", "if-empty").with("depot.demo-password", PASSWORD);
    }

    /** An order line: so many eaches of the item with this SKU. */
    record Line(String sku, int quantity) {
    }

    static Line line(String sku, int quantity) {
        return new Line(sku, quantity);
    }

    /** An order as captured. */
    record Placed(UUID id, String number, OrderStatus status) {
    }

    Placed place(String customerCode, Line... lines) {
        DepotServer.Capabilities depot = capabilities();
        Caller orderDesk = caller("orderdesk");
        return depot.transactions().inTransaction(em -> {
            Customer customer = em.createQuery("select c from Customer c where c.code = :code", Customer.class)
                    .setParameter("code", customerCode).getSingleResult();
            List<PlaceOrder.Line> orderLines = Arrays.stream(lines)
                    .map(l -> new PlaceOrder.Line(depot.catalog().bySku(em, l.sku()).orElseThrow().id(), BigDecimal.valueOf(l.quantity()),
                            null, null))
                    .toList();
            PlaceOrder command = new PlaceOrder(UuidV7.next(), customer.id(), orderLines, null, "PO-" + (1000 + lines.length), null);
            CaptureResult result = depot.orderCapture().capture(em, command, orderDesk, null);
            return new Placed(result.order().id(), result.order().number(), result.order().status());
        });
    }

    void release(Placed order) {
        capabilities().transactions().run(em -> capabilities().orderSteps().release().release(em, order.id(), caller("orderdesk")));
    }

    Caller caller(String username) {
        return capabilities().identity().signIn(username, PASSWORD).caller();
    }

    private DepotServer.Capabilities capabilities() {
        return depot.server().capabilities();
    }
}
