package dev.depot.server.admin;

import static dev.depot.server.admin.AdminHttp.csrfToken;
import static dev.depot.server.admin.AdminHttp.sessionCookie;
import static dev.depot.server.admin.TestOrders.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.server.DepotServer;
import dev.depot.server.catalog.Item;
import dev.depot.server.counting.Counting;
import dev.depot.server.inventory.Location;
import dev.depot.server.testing.HeadlessChrome;
import dev.depot.server.testing.Invariants;
import dev.depot.server.testing.RunningDepot;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The counts page in a real browser and over plain HTTP: a supervisor sees the inventory accuracy,
 * accepts a count difference (the books follow) or has the bin counted again, and asks for a count;
 * nobody else may, and a request for a bin that is not there asks for nothing.
 */
class CountingInTheAdminTest {

    @RegisterExtension
    static RunningDepot depot = TestOrders.demoDepot();
    @RegisterExtension
    static HeadlessChrome chrome = new HeadlessChrome();

    @AfterEach
    void theBooksStillBalance() {
        Invariants.assertHold(depot.sql());
    }

    @Test
    void aSupervisorAcceptsOneDifferenceHasAnotherCountedAgainAndAsksForACount() {
        String acceptedBin = countedFarOffTwice("GLV-NIT-L");
        String recountedBin = countedFarOffTwice("BTR-AA-24");

        CountsPage counts = LoginPage.open(chrome, depot).signInAs("supervisor", PASSWORD).goToCounts();
        assertThat(counts.awaiting()).extracting(CountsPage.Waiting::sku).containsExactlyInAnyOrder("GLV-NIT-L", "BTR-AA-24");
        assertThat(counts.lede()).contains("0 % of 2 first counts found what the books said.");
        chrome.screenshot("admin-counts");

        counts = counts.accept(acceptedBin);
        assertThat(counts.notice()).isEqualTo("Count accepted: the books now say what was found, and the bin is no longer on hold.");
        assertThat(balance("GLV-NIT-L", acceptedBin)).as("the books follow the count").isEqualByComparingTo("1");

        counts = counts.countAgain(recountedBin);
        assertThat(counts.notice()).isEqualTo("Someone will count the bin again; it stays on hold until then.");
        assertThat(counts.onTheFloor()).contains(recountedBin + " BTR-AA-24");

        counts = counts.askFor("A-03-2", "CUP-HOT-12");
        assertThat(counts.notice()).isEqualTo("Count asked for: it is on the handhelds of the warehouse.");
        assertThat(counts.onTheFloor()).contains("A-03-2 CUP-HOT-12");
    }

    @Test
    void onlyTheWarehousesSupervisorsDecideAndABinThatIsNotThereAsksForNothing() {
        AdminHttp http = new AdminHttp(depot.uri());
        String desk = sessionCookie(http.signIn("orderdesk"));
        assertThat(http.get("/admin/counts", "Cookie", desk).statusCode()).isEqualTo(403);
        assertThat(http.get("/admin/orders", "Cookie", desk).body()).doesNotContain("href=\"/admin/counts\"");

        String supervisor = sessionCookie(http.signIn("supervisor"));
        String page = http.get("/admin/counts", "Cookie", supervisor).body();
        long counts = depot.sql().count("SELECT COUNT(*) FROM count_task");
        HttpResponse<String> nowhere = http.post("/admin/counts", Map.of("_csrf", csrfToken(page), "warehouse", "MAIN", "bin", "Z-9-9",
                "sku", "GLV-NIT-S"), "Cookie", supervisor);
        assertThat(nowhere.statusCode()).isEqualTo(400);
        assertThat(nowhere.body()).contains("No count was asked for: “Z-9-9” is no bin of MAIN.");
        HttpResponse<String> decided = http.post("/admin/counts/" + UUID.randomUUID() + "/accept", Map.of("_csrf", csrfToken(page)),
                "Cookie", supervisor);
        assertThat(decided.statusCode()).isEqualTo(409);
        assertThat(decided.body()).contains("Nothing changed: count");
        assertThat(depot.sql().count("SELECT COUNT(*) FROM count_task")).isEqualTo(counts);
    }

    /** A bin of MAIN holding the item, counted twice far below the books by the demo picker: it waits for approval. */
    private static String countedFarOffTwice(String sku) {
        DepotServer.Capabilities c = depot.server().capabilities();
        UUID picker = (UUID) depot.sql().single("SELECT id FROM app_user WHERE username = 'picker'");
        Map<String, Object> where = depot.sql().rows("SELECT l.id, l.code, l.warehouse_id FROM stock_balance b JOIN location l ON l.id = b.location_id "
                + "JOIN warehouse w ON w.id = l.warehouse_id JOIN item i ON i.id = b.item_id "
                + "WHERE w.code = 'MAIN' AND i.sku = ? AND l.type = 'STORAGE' AND b.quantity > 10 ORDER BY l.walk_sequence", sku).getFirst();
        UUID warehouse = (UUID) where.get("warehouse_id");
        String bin = (String) where.get("code");
        UUID first = c.transactions().inTransaction(em -> {
            Location location = c.inventory().location(em, (UUID) where.get("id"));
            Item item = c.catalog().bySku(em, sku).orElseThrow();
            return c.counting().request(em, new Counting.Request(location, item.id(), "Asked for by a test", null)).id();
        });
        for (int attempt = 0; attempt < 2; attempt++) {
            UUID task = attempt == 0 ? first
                    : (UUID) depot.sql().single("SELECT id FROM count_task WHERE bin_code = ? AND sku = ? AND status = 'OPEN' AND attempt = 2", bin, sku);
            c.transactions().run(em -> c.counting().count(em, new Counting.Counted(task, bin, sku, BigDecimal.ONE,
                    new Counting.Counter(picker, warehouse), Instant.now())));
        }
        return bin;
    }

    private static BigDecimal balance(String sku, String bin) {
        return depot.sql().decimal("SELECT b.quantity FROM stock_balance b JOIN location l ON l.id = b.location_id "
                + "JOIN warehouse w ON w.id = l.warehouse_id JOIN item i ON i.id = b.item_id WHERE w.code = 'MAIN' AND i.sku = ? AND l.code = ?",
                sku, bin);
    }
}
