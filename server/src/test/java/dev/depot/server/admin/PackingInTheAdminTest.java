package dev.depot.server.admin;

import static dev.depot.server.admin.TestOrders.PASSWORD;
import static dev.depot.server.admin.TestOrders.line;
import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.model.commands.ConfirmPick;
import dev.depot.model.commands.Outcome;
import dev.depot.model.views.PickTaskView;
import dev.depot.server.testing.HeadlessChrome;
import dev.depot.server.testing.Invariants;
import dev.depot.server.testing.RunningDepot;
import dev.depot.server.testing.TestDevice;
import java.util.List;
import org.openqa.selenium.By;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The pack station in a real browser, on the demo distributor: a supervisor packs a picked order
 * into two cartons, prints a label whose barcode a scanner reads as the carton's SSCC, and hands the
 * order to the carrier with a tracking number and the driver's name, which ships it.
 */
class PackingInTheAdminTest {

    @RegisterExtension
    static RunningDepot depot = TestOrders.demoDepot();
    @RegisterExtension
    static HeadlessChrome chrome = new HeadlessChrome();

    @AfterEach
    void theBooksStillBalance() {
        Invariants.assertHold(depot.sql());
    }

    @Test
    void aSupervisorPacksTwoCartonsPrintsALabelAScannerReadsAndShipsTheOrder() {
        TestOrders orders = new TestOrders(depot);
        TestOrders.Placed order = orders.place("C-1002", line("GLV-NIT-L", 4), line("TWL-KRF-6", 2));
        orders.release(order);
        pickAll(order);

        PackingPage packing = LoginPage.open(chrome, depot).signInAs("supervisor", PASSWORD).goToPacking();
        assertThat(packing.queue()).contains(order.number());
        PackingPage bench = packing.open(order.number());
        bench = bench.intoCarton(2, "0").packCarton("2.5");
        assertThat(bench.notice()).isEqualTo("Carton packed: print its label and put it on the carton.");
        chrome.screenshot("admin-packing");
        bench = bench.packCarton("1.2");
        assertThat(bench.hint()).isEqualTo("Everything picked is in a carton.");
        List<String> ssccs = depot.sql().rows("SELECT sscc FROM carton WHERE order_id = ? ORDER BY number", order.id()).stream()
                .map(r -> r.get("sscc").toString()).toList();
        assertThat(bench.cartons()).containsExactly("1 (00) " + ssccs.get(0) + " 4", "2 (00) " + ssccs.get(1) + " 2");

        bench.label(1);
        assertThat(bench.scanLabel()).as("GS1-128: FNC1 first, then AI 00 and the SSCC").isEqualTo("]C100" + ssccs.get(0));
        assertThat(bench.labelText()).contains("Northside Dental Group", "DHL Freight", order.number(), "1 of 2", "2.5 kg");
        chrome.screenshot("admin-carton-label");

        chrome.awaitNewPageAfter(() -> chrome.driver().get(depot.uri().resolve("/admin/packing/" + order.id() + "/slip").toString()));
        assertThat(chrome.driver().findElement(By.cssSelector(".packing-slip")).getText())
                .contains("Packing slip · " + order.number(), "Carton 1 of 2 (00) " + ssccs.get(0), "GLV-NIT-L", "Carton 2 of 2", "TWL-KRF-6");
        chrome.awaitNewPageAfter(() -> chrome.driver().get(depot.uri().resolve("/admin/packing/" + order.id()).toString()));
        PackingPage.at(chrome).ship("JD014600006281934567", "Dan Driver");

        OrderPage page = OrderPage.at(chrome);
        assertThat(page.status()).isEqualTo("Shipped");
        assertThat(page.timelineDetails()).last().asString()
                .startsWith("Shipped 6 each in 2 cartons with DHL, tracking JD014600006281934567, handed to Dan Driver");
        chrome.awaitNewPageAfter(() -> chrome.driver().get(depot.uri().resolve("/admin/packing").toString()));
        assertThat(PackingPage.at(chrome).queue()).as("shipped, it has left the pack station").doesNotContain(order.number());
    }

    /** The demo picker picks every task of the order on a handheld, in full. */
    private static void pickAll(TestOrders.Placed order) {
        TestDevice picker = TestDevice.of(depot, "picker", PASSWORD);
        for (PickTaskView task : picker.views(PickTaskView.class).stream().filter(t -> t.orderId().equals(order.id())).toList()) {
            assertThat(picker.send(new ConfirmPick(task.id(), task.binCode(), task.gtin(), task.quantity(), null)).outcome()).isEqualTo(Outcome.APPLIED);
        }
    }
}
