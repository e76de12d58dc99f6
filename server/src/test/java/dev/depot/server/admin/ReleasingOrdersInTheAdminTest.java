package dev.depot.server.admin;

import static dev.depot.server.admin.TestOrders.PASSWORD;
import static dev.depot.server.admin.TestOrders.line;
import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.model.views.OrderStatus;
import dev.depot.server.DepotServer;
import dev.depot.server.testing.HeadlessChrome;
import dev.depot.server.testing.RunningDepot;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The back office moves orders on in the web admin, in a real browser, against the real server and database. */
class ReleasingOrdersInTheAdminTest {

    @RegisterExtension
    static RunningDepot depot = TestOrders.demoDepot();
    @RegisterExtension
    static HeadlessChrome chrome = new HeadlessChrome();

    private static TestOrders orders;

    @BeforeAll
    static void aMorningsOrders() {
        orders = new TestOrders(depot);
        orders.place("C-1005", line("TWL-KRF-6", 2), line("NAP-DIN-WH", 24));
        orders.release(orders.place("C-1002", line("GLV-NIT-M", 20), line("CHM-DIS-QT", 12)));
        orders.place("C-1003", line("TIS-2PLY-96", 96));
        orders.place("C-1004", line("CHM-HND-1L", 6), line("MOP-WET-24", 12));
    }

    @Test
    void theOrderDeskFindsAnOrderByItsNumberOpensItAndReleasesIt() {
        TestOrders.Placed order = orders.place("C-1001", line("GLV-NIT-M", 10), line("TWL-MF-200", 16), line("CHM-GLS-1G", 4));
        assertThat(order.status()).isEqualTo(OrderStatus.OPEN);

        OrdersPage list = LoginPage.open(chrome, depot).signInAs("orderdesk", PASSWORD);
        chrome.screenshot("admin-orders");
        list.searchFor(order.number());
        assertThat(list.orderNumbers()).containsExactly(order.number());
        OrderPage page = list.open(order.number());
        assertThat(page.number()).isEqualTo(order.number());
        assertThat(page.status()).isEqualTo("Open");
        assertThat(page.actions()).containsExactly("Release to warehouse", "Rush");

        page = page.release();

        assertThat(page.status()).isEqualTo("Released");
        assertThat(page.notice()).isEqualTo("Released to the warehouse.");
        assertThat(page.timeline()).first().isEqualTo("Placed");
        assertThat(page.timeline()).last().isEqualTo("Released");
        assertThat(page.timelineDetails()).last().asString().startsWith("Released to the warehouse in wave W-");
        assertThat(page.actions()).isEmpty();
        chrome.screenshot("admin-order");
        assertThat(depot.sql().single("SELECT status FROM sales_order WHERE id = ?", order.id())).isEqualTo("RELEASED");
        assertThat(depot.sql().count("SELECT count(*) FROM pick_task WHERE order_id = ?", order.id())).isPositive();
        assertThat(depot.sql().count("SELECT count(*) FROM order_event WHERE order_id = ? AND kind = 'RELEASED'", order.id()))
                .isEqualTo(1);
    }

    @Test
    void theOrderDeskRushesAnOrderSoTheWavePlannerPutsItFirst() {
        TestOrders.Placed order = orders.place("C-1001", line("GLV-NIT-S", 3));
        OrderPage page = LoginPage.open(chrome, depot).signInAs("orderdesk", PASSWORD).open(order.number());
        assertThat(page.carrier()).as("the customer's carrier").isEqualTo("Own truck · 11:30");

        page = page.rush();

        assertThat(page.notice()).isEqualTo("Marked rush: the wave planner puts it in the first waves.");
        assertThat(page.carrier()).isEqualTo("Rush Own truck · 11:30");
        assertThat(page.actions()).as("rushed once is enough").containsExactly("Release to warehouse");
        assertThat(page.timeline()).last().isEqualTo("Rushed");
        assertThat(depot.sql().single("SELECT priority FROM sales_order WHERE id = ?", order.id())).isEqualTo("RUSH");
        UUID main = (UUID) depot.sql().single("SELECT id FROM warehouse WHERE code = 'MAIN'");
        DepotServer.Capabilities c = depot.server().capabilities();
        assertThat(c.transactions().inTransaction(em -> c.waves().plan(em, main)).getFirst().orderIds()).contains(order.id());
    }

    @Test
    void anAccountantReleasesACreditHoldWithAReason() {
        TestOrders.Placed held = orders.place("C-1006", line("GLV-NIT-XL", 80));
        assertThat(held.status()).isEqualTo(OrderStatus.ON_HOLD);

        OrderPage page = LoginPage.open(chrome, depot).signInAs("accountant", PASSWORD).searchFor(held.number()).open(held.number());
        assertThat(page.status()).isEqualTo("On hold");
        assertThat(page.holdReason()).startsWith("Credit limit USD 600.00 exceeded by");
        assertThat(page.actions()).containsExactly("Release hold");

        page = page.releaseHold("Owner paid the open invoices by card this morning");

        assertThat(page.status()).isEqualTo("Open");
        assertThat(page.notice()).isEqualTo("Credit hold released: the order is open again.");
        assertThat(page.showsHoldCallout()).isFalse();
        assertThat(page.timeline()).last().isEqualTo("Hold released");
        assertThat(page.timelineDetails()).last().isEqualTo("Hold released: Owner paid the open invoices by card this morning");
        assertThat(page.actions()).as("releasing to the warehouse is the order desk's step").isEmpty();
        assertThat(depot.sql().single("SELECT status FROM sales_order WHERE id = ?", held.id())).isEqualTo("OPEN");
        assertThat(depot.sql().single("SELECT detail FROM audit_log WHERE action = 'CREDIT_HOLD_RELEASED' AND subject = ?",
                held.number())).asString().endsWith("because: Owner paid the open invoices by card this morning");
    }

    @Test
    void theOrderDeskSeesWhyAnOrderIsOnHoldButMayNotReleaseTheHold() {
        TestOrders.Placed held = orders.place("C-1006", line("LIN-45-CLR", 90));

        OrderPage page = LoginPage.open(chrome, depot).signInAs("orderdesk", PASSWORD).searchFor(held.number()).open(held.number());

        assertThat(page.showsHoldCallout()).isTrue();
        assertThat(page.holdReason()).contains("exceeded by");
        assertThat(page.actions()).isEmpty();
    }

    @Test
    void aStepSomeoneElseTookMeanwhileIsRefusedWithAReadableMessage() {
        TestOrders.Placed order = orders.place("C-1004", line("BRM-ANG-12", 12));
        OrderPage page = LoginPage.open(chrome, depot).signInAs("orderdesk", PASSWORD).searchFor(order.number()).open(order.number());
        orders.release(order);

        page.clickAndAwaitSwap("Release to warehouse");
        page = OrderPage.at(chrome);

        assertThat(page.notice()).isEqualTo("Order " + order.number() + " is released; only open orders can be released.");
        assertThat(page.status()).isEqualTo("Released");
        assertThat(depot.sql().count("SELECT count(*) FROM order_event WHERE order_id = ? AND kind = 'RELEASED'", order.id()))
                .isEqualTo(1);
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        TestOrders.Placed order = orders.place("C-1002", line("NAP-DIN-WH", 12));
        OrderPage page = LoginPage.open(chrome, depot).signInAs("orderdesk", PASSWORD).searchFor(order.number()).open(order.number());
        Map<String, Long> before = depot.sql().tableCounts();

        page.withoutCsrfTokens().clickAndAwaitSwap("Release to warehouse");

        assertThat(MessagePage.at(chrome).heading()).isEqualTo("That form was not accepted");
        assertThat(depot.sql().single("SELECT status FROM sales_order WHERE id = ?", order.id())).isEqualTo("OPEN");
        assertThat(depot.sql().tableCounts()).isEqualTo(before);
    }

    @Test
    void aSearchThatFindsNothingSaysSo() {
        OrdersPage list = LoginPage.open(chrome, depot).signInAs("orderdesk", PASSWORD).searchFor("no such customer");

        assertThat(list.orderNumbers()).isEmpty();
        assertThat(list.emptyMessage()).isEqualTo("No orders match \u201cno such customer\u201d.");
    }

    @Test
    void theStatusChipsFilterTheList() {
        TestOrders.Placed held = orders.place("C-1006", line("CHM-FLR-5G", 14));

        OrdersPage list = LoginPage.open(chrome, depot).signInAs("supervisor", PASSWORD).filter("On hold", "ON_HOLD");

        assertThat(list.orderNumbers()).contains(held.number());
        assertThat(list.orderNumbers()).allSatisfy(number -> assertThat(list.statusOf(number)).isEqualTo("On hold"));
    }
}
