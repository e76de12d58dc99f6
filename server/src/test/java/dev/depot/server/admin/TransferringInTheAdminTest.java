package dev.depot.server.admin;

import static dev.depot.server.admin.TestOrders.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.model.commands.LoadTransfer;
import dev.depot.model.commands.Outcome;
import dev.depot.model.views.TransferView;
import dev.depot.server.testing.HeadlessChrome;
import dev.depot.server.testing.Invariants;
import dev.depot.server.testing.RunningDepot;
import dev.depot.server.testing.TestDevice;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The transfers page in a real browser: a supervisor sends stock to the other warehouse (a bad row
 * opens nothing), a picker loads it on the handheld, the supervisor dispatches it, and an
 * administrator sees it on its way at the other end and closes it short when it will not come. People who do not send stock are not offered the page.
 */
class TransferringInTheAdminTest {

    @RegisterExtension
    static RunningDepot depot = TestOrders.demoDepot();
    @RegisterExtension
    static HeadlessChrome chrome = new HeadlessChrome();

    @AfterEach
    void theBooksStillBalance() {
        Invariants.assertHold(depot.sql());
    }

    @Test
    void aSupervisorSendsStockAPickerLoadsItAndTheTruckLeaves() {
        long transfers = depot.sql().count("SELECT count(*) FROM transfer_order");
        TransfersPage page = LoginPage.open(chrome, depot).signInAs("supervisor", PASSWORD).goToTransfers();

        page = page.send("EAST", "GLV-NIT-M", "12", "NO-SUCH-SKU", "1");
        assertThat(page.notice()).isEqualTo("No transfer was opened: no item NO-SUCH-SKU.");
        assertThat(depot.sql().count("SELECT count(*) FROM transfer_order")).as("nothing half-opened").isEqualTo(transfers);

        page = page.send("EAST", "GLV-NIT-M", "12", "BTR-AA-24", "6");
        assertThat(page.notice()).isEqualTo("Transfer opened: its goods are reserved here and on the pickers' handhelds to load.");
        TransfersPage.Row opened = page.sending().getLast();
        assertThat(opened.warehouse()).isEqualTo("EAST");
        assertThat(opened.lines()).containsExactly("GLV-NIT-M: 0 of 12 loaded", "BTR-AA-24: 0 of 6 loaded");
        assertThat(opened.state()).as("nothing to dispatch yet").isEqualTo("nothing loaded");

        TestDevice picker = TestDevice.of(depot, "picker", PASSWORD);
        TransferView transfer = picker.views(TransferView.class).stream().filter(t -> t.number().equals(opened.number())).findFirst()
                .orElseThrow();
        TransferView.Line gloves = transfer.lineFor("GLV-NIT-M").orElseThrow();
        assertThat(picker.send(new LoadTransfer(transfer.id(), gloves.id(), gloves.fromCode(), "GLV-NIT-M", new BigDecimal("12")))
                .outcome()).isEqualTo(Outcome.APPLIED);

        page = page.reload();
        assertThat(page.sending().getLast().lines()).containsExactly("GLV-NIT-M: 12 of 12 loaded", "BTR-AA-24: 0 of 6 loaded");
        chrome.screenshot("admin-transfers");
        page = page.dispatch(opened.number());
        assertThat(page.notice()).isEqualTo("Dispatched: what was loaded is on its way, and what was not is free again.");
        assertThat(page.sending()).extracting(TransfersPage.Row::number).doesNotContain(opened.number());

        chrome.driver().manage().deleteAllCookies(); // the supervisor leaves the browser; an administrator signs in
        TransfersPage east = LoginPage.open(chrome, depot).signInAs("admin", PASSWORD).goToTransfers().choose("EAST");
        assertThat(east.arriving()).filteredOn(row -> row.number().equals(opened.number())).singleElement().satisfies(row -> {
            assertThat(row.warehouse()).isEqualTo("MAIN");
            assertThat(row.state()).isEqualTo("In transit");
            assertThat(row.lines()).containsExactly("GLV-NIT-M: 0 of 12 received");
        });

        east = east.closeShort(opened.number(), "Truck was stolen");
        assertThat(east.notice()).isEqualTo("Closed short: what did not come is written off, at the cost it travelled at.");
        assertThat(east.arriving()).extracting(TransfersPage.Row::number).doesNotContain(opened.number());
        assertThat(depot.sql().count("SELECT count(*) FROM audit_log WHERE action = 'TRANSFER_CLOSED_SHORT' AND detail = ?",
                "Truck was stolen")).isEqualTo(1);
    }

    @Test
    void onlySupervisorsAndAdministratorsSendStock() {
        AdminHttp http = new AdminHttp(depot.uri());
        String orderDesk = http.signIn("orderdesk");
        HttpResponse<String> page = http.get("/admin/transfers", "Cookie", AdminHttp.sessionCookie(orderDesk));
        assertThat(page.statusCode()).isEqualTo(403);
        HttpResponse<String> orders = http.get("/admin/orders", "Cookie", AdminHttp.sessionCookie(orderDesk));
        assertThat(orders.body()).as("not offered in the nav").doesNotContain("href=\"/admin/transfers\"");
    }
}
