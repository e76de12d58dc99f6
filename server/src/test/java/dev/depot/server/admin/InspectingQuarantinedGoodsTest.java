package dev.depot.server.admin;

import static dev.depot.server.admin.AdminHttp.csrfToken;
import static dev.depot.server.admin.AdminHttp.sessionCookie;
import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.model.identity.Role;
import dev.depot.server.DepotServer;
import dev.depot.server.purchasing.PurchaseOrder;
import dev.depot.server.purchasing.PurchaseOrders;
import dev.depot.server.testing.Invariants;
import dev.depot.server.testing.RunningDepot;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Goods received damaged wait in quarantine until a supervisor decides, on the stock page: release
 * what is sound to putaway, scrap what is not at moving-average cost, return the rest to the supplier
 * (no longer owed). Each decision moves the stock and posts its value; a decision that cannot stand
 * (too many, another warehouse, another role) moves nothing.
 */
class InspectingQuarantinedGoodsTest {

    @RegisterExtension
    static RunningDepot depot = TestOrders.demoDepot();

    private static AdminHttp http;

    @BeforeAll
    static void client() {
        http = new AdminHttp(depot.uri());
    }

    @AfterEach
    void theBooksStillBalance() {
        Invariants.assertHold(depot.sql());
    }

    @Test
    void aSupervisorReleasesPartScrapsPartAndReturnsTheRestAndTheBooksFollow() {
        UUID receipt = damagedReceipt("GLV-NIT-XL", 10);
        String cookie = sessionCookie(http.signIn("supervisor"));
        String page = http.get("/admin/stock?warehouse=MAIN", "Cookie", cookie).body();
        assertThat(page).contains("In quarantine at MAIN", "id=\"quarantine-" + receipt + "\"");
        BigDecimal averageCost = depot.sql().decimal("SELECT v.average_cost FROM item_valuation v JOIN item i ON i.id = v.item_id "
                + "WHERE i.sku = 'GLV-NIT-XL'");

        HttpResponse<String> released = decide(cookie, csrfToken(page), receipt, "RELEASE", "4", "outer carton only");
        assertThat(released.statusCode()).isEqualTo(303);
        assertThat(released.headers().firstValue("Location")).contains("/admin/stock?warehouse=MAIN&q=&offset=0&done=RELEASE");
        assertThat(http.get("/admin/stock?warehouse=MAIN&done=RELEASE", "Cookie", cookie).body())
                .contains("Released to putaway: the goods wait in receiving for a receiver to put away.");
        assertThat(balance("GLV-NIT-XL", "QUA-01")).isEqualByComparingTo("6");
        assertThat(depot.sql().decimal("SELECT SUM(quantity) FROM putaway_task WHERE goods_receipt_id = ? AND status = 'OPEN'", receipt))
                .as("released goods wait for putaway like any receipt").isEqualByComparingTo("4");

        decide(cookie, csrfToken(page), receipt, "SCRAP", "3", "");
        assertThat(posted("WRITE_OFF", "5100")).as("scrapped at moving-average cost")
                .isEqualByComparingTo(averageCost.multiply(BigDecimal.valueOf(3)).setScale(2, RoundingMode.HALF_UP));

        decide(cookie, csrfToken(page), receipt, "RETURN_TO_SUPPLIER", "3", "supplier collects Friday");
        assertThat(posted("RETURN_TO_SUPPLIER", "2100")).as("no longer owed to the supplier")
                .isEqualByComparingTo(averageCost.multiply(BigDecimal.valueOf(3)).setScale(2, RoundingMode.HALF_UP));

        assertThat(balance("GLV-NIT-XL", "QUA-01")).isZero();
        assertThat(depot.sql().rows("SELECT disposition, quantity, note FROM quarantine_decision WHERE goods_receipt_id = ? "
                + "ORDER BY decided_at", receipt)).extracting(r -> r.get("disposition") + " " + ((BigDecimal) r.get("quantity")).intValue()
                + " " + r.get("note")).containsExactly("RELEASE 4 outer carton only", "SCRAP 3 null", "RETURN_TO_SUPPLIER 3 supplier collects Friday");
        assertThat(http.get("/admin/stock?warehouse=MAIN", "Cookie", cookie).body()).doesNotContain("id=\"quarantine-" + receipt + "\"");
    }

    @Test
    void aDecisionThatCannotStandIsExplainedAndMovesNothing() {
        UUID receipt = damagedReceipt("GLV-VIN-L", 5);
        String cookie = sessionCookie(http.signIn("supervisor"));
        String token = csrfToken(http.get("/admin/stock?warehouse=MAIN", "Cookie", cookie).body());
        Map<String, Long> before = depot.sql().tableCounts();

        HttpResponse<String> tooMany = decide(cookie, token, receipt, "SCRAP", "6", "");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.body()).contains("Nothing was moved: must be more than zero and at most the 5 that wait in quarantine, got 6.");
        assertThat(decide(cookie, token, receipt, "SCRAP", "five", "").body()).contains("Nothing was moved: “five” is not a quantity.");
        assertThat(decide(cookie, token, receipt, "BURN", "1", "").statusCode()).isEqualTo(400);
        assertThat(decide(cookie, token, UUID.randomUUID(), "SCRAP", "1", "").statusCode()).isEqualTo(422);

        String deskCookie = sessionCookie(http.signIn("orderdesk"));
        String deskPage = http.get("/admin/stock?warehouse=MAIN", "Cookie", deskCookie).body();
        assertThat(deskPage).as("the order desk sees what is in quarantine, without the decision")
                .contains("id=\"quarantine-" + receipt + "\"").doesNotContain("value=\"SCRAP\"");
        HttpResponse<String> desk = decide(deskCookie, csrfToken(deskPage), receipt, "SCRAP", "1", "");
        assertThat(desk.statusCode()).isEqualTo(403);
        assertThat(desk.body()).contains("Nothing was moved: order desk may not decide on goods in quarantine");

        String eastCookie = sessionCookie(eastSupervisor());
        String eastPage = http.get("/admin/stock?warehouse=MAIN", "Cookie", eastCookie).body();
        assertThat(eastPage).as("another warehouse's supervisor only looks").doesNotContain("value=\"SCRAP\"");
        HttpResponse<String> east = decide(eastCookie, csrfToken(http.get("/admin/exceptions", "Cookie", eastCookie).body()), receipt,
                "SCRAP", "1", "");
        assertThat(east.statusCode()).isEqualTo(403);
        assertThat(east.body()).contains("the goods are in another warehouse than yours");

        Map<String, Long> after = depot.sql().tableCounts();
        for (String unchanged : new String[] {"stock_movement", "stock_balance", "quarantine_decision", "putaway_task", "journal_entry"}) {
            assertThat(after.get(unchanged)).as(unchanged).isEqualTo(before.get(unchanged));
        }
        assertThat(balance("GLV-VIN-L", "QUA-01")).isEqualByComparingTo("5");
    }

    private static HttpResponse<String> decide(String cookie, String token, UUID receipt, String disposition, String quantity, String note) {
        Map<String, String> form = new HashMap<>(Map.of("_csrf", token, "warehouse", "MAIN", "disposition", disposition,
                "quantity", quantity, "note", note));
        return http.post("/admin/stock/quarantine/" + receipt, form, "Cookie", cookie);
    }

    /** A receipt of damaged goods against the demo's open order due tomorrow, as the demo receiver scanned it. */
    private static UUID damagedReceipt(String sku, int quantity) {
        DepotServer.Capabilities c = depot.server().capabilities();
        c.transactions().run(em -> {
            PurchaseOrder order = em.createQuery("select p from PurchaseOrder p where p.expectedOn > current_date", PurchaseOrder.class)
                    .getSingleResult();
            UUID receiver = (UUID) depot.sql().single("SELECT id FROM app_user WHERE username = 'receiver'");
            c.purchaseOrders().receive(em, new PurchaseOrders.Receipt(order.id(), sku, BigDecimal.valueOf(quantity), null, null, null, true,
                    new PurchaseOrders.Receiver(receiver, order.warehouseId()), Instant.now()));
        });
        return (UUID) depot.sql().single("SELECT r.id FROM goods_receipt r JOIN item i ON i.id = r.item_id WHERE i.sku = ? AND r.damaged "
                + "ORDER BY r.recorded_at DESC LIMIT 1", sku);
    }

    private static String eastSupervisor() {
        UUID east = (UUID) depot.sql().single("SELECT id FROM warehouse WHERE code = 'EAST'");
        RunningDepot.TestUser user = depot.addUser(Role.SUPERVISOR, east);
        HttpResponse<String> response = http.post("/admin/login", Map.of("username", user.username(), "password", RunningDepot.PASSWORD));
        return response.headers().allValues("Set-Cookie").stream().filter(h -> h.startsWith("depot_session="))
                .map(h -> h.substring("depot_session=".length(), h.indexOf(';'))).findFirst().orElseThrow();
    }

    private static BigDecimal balance(String sku, String location) {
        return depot.sql().decimal("SELECT COALESCE(SUM(b.quantity), 0) FROM stock_balance b JOIN item i ON i.id = b.item_id "
                + "JOIN location l ON l.id = b.location_id JOIN warehouse w ON w.id = l.warehouse_id "
                + "WHERE i.sku = ? AND l.code = ? AND w.code = 'MAIN'", sku, location);
    }

    /** The debit to an account by the latest entry of a kind. */
    private static BigDecimal posted(String sourceType, String account) {
        return depot.sql().decimal("SELECT l.debit FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id "
                + "WHERE e.source_type = ? AND l.account_code = ? ORDER BY e.number DESC LIMIT 1", sourceType, account);
    }
}
