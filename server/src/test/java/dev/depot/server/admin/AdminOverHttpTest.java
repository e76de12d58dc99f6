package dev.depot.server.admin;

import static dev.depot.server.admin.AdminHttp.sessionCookie;
import static dev.depot.server.admin.TestOrders.PASSWORD;
import static dev.depot.server.admin.TestOrders.line;
import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.server.testing.Invariants;
import dev.depot.server.testing.RunningDepot;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The admin's redirects, cookie and CSRF rules over plain HTTP: what a browser relies on, checked without one. */
class AdminOverHttpTest {

    @RegisterExtension
    static RunningDepot depot = TestOrders.demoDepot();

    private static AdminHttp http;
    private static TestOrders orders;

    @BeforeAll
    static void client() {
        http = new AdminHttp(depot.uri());
        orders = new TestOrders(depot);
    }

    @Test
    void theRootAddressLeadsToTheAdmin() {
        HttpResponse<String> response = http.get("/");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(location(response)).isEqualTo("/admin");
    }

    @Test
    void anAdminPageAsksForSignInAndRemembersWhereYouWere() {
        assertThat(location(http.get("/admin"))).isEqualTo("/admin/login");
        HttpResponse<String> response = http.get("/admin/orders?q=SO-0&status=OPEN");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(location(response)).isEqualTo("/admin/login?next=%2Fadmin%2Forders%3Fq%3DSO-0%26status%3DOPEN");
    }

    @Test
    void anHtmxRequestWithoutASessionIsToldToLoadTheSignInPage() {
        HttpResponse<String> response = http.get("/admin/orders?q=x", "HX-Request", "true");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("HX-Redirect")).contains("/admin/login?next=%2Fadmin%2Forders%3Fq%3Dx");
    }

    @Test
    void signingInSetsAStrictHttpOnlyCookieThatLastsAsLongAsTheSession() {
        HttpResponse<String> response = http.post("/admin/login", Map.of("username", "orderdesk", "password", PASSWORD));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(location(response)).isEqualTo("/admin");
        Map<String, String> cookie = setCookie(response).orElseThrow();
        assertThat(cookie.get("depot_session")).isNotBlank();
        assertThat(cookie).containsKey("httponly").containsEntry("samesite", "Strict").containsEntry("path", "/admin");
        assertThat(cookie).as("plain http: a Secure cookie would never come back").doesNotContainKey("secure");
        assertThat(Long.parseLong(cookie.get("max-age"))).isBetween(12 * 3600L - 60, 12 * 3600L);
        HttpResponse<String> home = http.get("/admin", "Cookie", sessionCookie(cookie.get("depot_session")));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Olive Orderdesk", "Order desk");
    }

    @Test
    void afterSigningInTheRememberedPageOpensButNeverAnotherSite() {
        assertThat(location(signInThen("/admin/stock?warehouse=EAST"))).isEqualTo("/admin/stock?warehouse=EAST");
        for (String elsewhere : List.of("//evil.example/admin", "https://evil.example/admin", "/admin@evil.example", "/administrator",
                "/admin/..//evil.example", "/admin\\@evil.example", "/api/orders")) {
            assertThat(location(signInThen(elsewhere))).as(elsewhere).isEqualTo("/admin");
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithTheFormAgainAndNoCookie() {
        HttpResponse<String> response = http.post("/admin/login", Map.of("username", "orderdesk", "password", "guess"));
        HttpResponse<String> unknown = http.post("/admin/login", Map.of("username", "nobody", "password", "guess"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).contains("text/html; charset=UTF-8");
        assertThat(response.body()).contains("That username and password do not match.").contains("value=\"orderdesk\"");
        assertThat(setCookie(response)).isEmpty();
        assertThat(unknown.body()).contains("That username and password do not match.");
    }

    @Test
    void aSignInPostedFromAnotherSiteIsRefused() {
        Map<String, String> form = Map.of("username", "orderdesk", "password", PASSWORD);

        HttpResponse<String> foreignOrigin = http.post("/admin/login", form, "Origin", "https://evil.example");
        HttpResponse<String> crossSite = http.post("/admin/login", form, "Sec-Fetch-Site", "cross-site");

        assertThat(foreignOrigin.statusCode()).isEqualTo(403);
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(setCookie(foreignOrigin)).isEmpty();
        assertThat(setCookie(crossSite)).isEmpty();
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        String session = signIn("orderdesk");
        TestOrders.Placed order = orders.place("C-1003", line("TIS-JUMBO-12", 12));
        Map<String, Long> before = depot.sql().tableCounts();

        HttpResponse<String> response = http.post("/admin/orders/" + order.id() + "/release", Map.of(), "Cookie", sessionCookie(session));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("That form was not accepted");
        assertThat(depot.sql().tableCounts()).isEqualTo(before);
        assertThat(depot.sql().single("SELECT status FROM sales_order WHERE id = ?", order.id())).isEqualTo("OPEN");
    }

    @Test
    void theOrderPageSaysWhereTheOrderGoes() {
        TestOrders.Placed order = orders.place("C-1002", line("TIS-2PLY-96", 96));

        String page = http.get("/admin/orders/" + order.id(), "Cookie", sessionCookie(signIn("orderdesk"))).body();

        assertThat(page).contains("<dt>Deliver to</dt><dd class=\"ship-to\">Northside Dental Group, 157 Market Street, 43201 Dublin, US</dd>");
    }

    @Test
    void theStockPageListsWhatIsOnHoldUntilItIsReleased() {
        var c = depot.server().capabilities();
        Map<String, Object> stock = depot.sql().rows("SELECT b.item_id, b.location_id, l.code, i.sku FROM stock_balance b "
                + "JOIN location l ON l.id = b.location_id JOIN warehouse w ON w.id = l.warehouse_id JOIN item i ON i.id = b.item_id "
                + "WHERE w.code = 'MAIN' AND l.type = 'STORAGE' AND b.quantity > 0 ORDER BY l.code, i.sku").getFirst();
        UUID itemId = (UUID) stock.get("item_id");
        UUID binId = (UUID) stock.get("location_id");
        String cookie = sessionCookie(signIn("supervisor"));

        c.transactions().run(em -> c.inventory().hold(em, itemId, c.inventory().location(em, binId), "Short pick: 4 fewer than the books said"));
        String held = http.get("/admin/stock?warehouse=MAIN", "Cookie", cookie).body();
        c.transactions().run(em -> c.inventory().release(em, itemId, c.inventory().location(em, binId)));
        String released = http.get("/admin/stock?warehouse=MAIN", "Cookie", cookie).body();

        assertThat(held).contains("id=\"held-" + stock.get("code") + "-" + stock.get("sku") + "\"", "Short pick: 4 fewer than the books said");
        assertThat(released).doesNotContain("id=\"held-");
        Invariants.assertHold(depot.sql());
    }

    @Test
    void theStockPageListsWhatIsDueInWithLateOrdersFlaggedAndAnnouncedPalletsCounted() {
        List<Map<String, Object>> lines = depot.sql().rows("SELECT p.number, p.expected_on, l.sku FROM purchase_order p "
                + "JOIN purchase_order_line l ON l.purchase_order_id = p.id ORDER BY p.expected_on, l.line_number");

        String page = http.get("/admin/stock?warehouse=MAIN", "Cookie", sessionCookie(signIn("supervisor"))).body();

        assertThat(lines).hasSize(5);
        for (Map<String, Object> line : lines) {
            assertThat(page).contains("id=\"due-" + line.get("number") + "-" + line.get("sku") + "\"");
        }
        assertThat(page).contains("Due in at MAIN", "Northwind Supplies");
        assertThat(page.split("level-out\">Late<", -1)).as("the three lines of the delivery due yesterday are late").hasSize(4);
        assertThat(page.split("<td>0 of 1 in</td>", -1)).as("tomorrow's delivery: one announced pallet per line, none in yet")
                .hasSize(3);
    }

    @Test
    void theStockPageListsWhatWaitsForPutawayWithTheSuggestedBinAndWhy() {
        Map<String, Object> task = depot.sql().rows("SELECT sku, lot, suggested_code, suggestion_rule FROM putaway_task WHERE status = 'OPEN'")
                .getFirst();

        String page = http.get("/admin/stock?warehouse=MAIN", "Cookie", sessionCookie(signIn("supervisor"))).body();

        assertThat(task.get("suggestion_rule")).as("the demo's delivery goes to its item's pick face").isEqualTo("PICK_FACE");
        assertThat(page).contains("To put away at MAIN", (String) task.get("sku"), (String) task.get("lot"),
                (String) task.get("suggested_code"), "the item's pick face");
    }

    @Test
    void theRightTokenIsStillRefusedFromAnotherOriginAndAcceptedFromThisOne() {
        String session = signIn("orderdesk");
        TestOrders.Placed order = orders.place("C-1003", line("TIS-2PLY-96", 96));
        String path = "/admin/orders/" + order.id();
        String token = csrfToken(http.get(path, "Cookie", sessionCookie(session)).body());
        Map<String, String> form = Map.of("_csrf", token);

        String cookie = sessionCookie(session);
        HttpResponse<String> foreign = http.post(path + "/release", form, "Cookie", cookie, "Origin", "http://evil.example");
        HttpResponse<String> crossSite = http.post(path + "/release", form, "Cookie", cookie, "Sec-Fetch-Site", "same-site");
        HttpResponse<String> otherSession = http.post(path + "/release", form, "Cookie", sessionCookie(signIn("admin")));
        assertThat(List.of(foreign.statusCode(), crossSite.statusCode(), otherSession.statusCode())).containsOnly(403);
        assertThat(depot.sql().single("SELECT status FROM sales_order WHERE id = ?", order.id())).isEqualTo("OPEN");

        HttpResponse<String> own = http.post(path + "/release", form, "Cookie", cookie, "Origin", origin(), "Sec-Fetch-Site", "same-origin");
        assertThat(own.statusCode()).isEqualTo(303);
        assertThat(location(own)).isEqualTo(path + "?done=release");
        assertThat(depot.sql().single("SELECT status FROM sales_order WHERE id = ?", order.id())).isEqualTo("RELEASED");
    }

    @Test
    void signingOutEndsTheSessionAndClearsTheCookie() {
        String session = signIn("accountant");
        String token = csrfToken(http.get("/admin", "Cookie", sessionCookie(session)).body());

        HttpResponse<String> response = http.post("/admin/logout", Map.of("_csrf", token), "Cookie", sessionCookie(session));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(location(response)).isEqualTo("/admin/login?signed-out");
        Map<String, String> cleared = setCookie(response).orElseThrow();
        assertThat(cleared.get("depot_session")).isEmpty();
        assertThat(cleared).containsEntry("path", "/admin");
        assertThat(cleared.get("expires")).contains("1970");
        assertThat(depot.server().capabilities().identity().authenticate(session)).isEmpty();
        assertThat(location(http.get("/admin", "Cookie", sessionCookie(session)))).isEqualTo("/admin/login");
    }

    @Test
    void aPickerGetsTheHandheldNoticeAndNoSession() {
        HttpResponse<String> response = http.post("/admin/login", Map.of("username", "picker", "password", PASSWORD));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Use the Depot handheld app");
        assertThat(setCookie(response)).isEmpty();
    }

    @Test
    void anUnknownOrderIsAPageForPeopleNotJson() {
        String session = signIn("orderdesk");

        for (String id : List.of(UUID.randomUUID().toString(), "not-an-order")) {
            HttpResponse<String> response = http.get("/admin/orders/" + id, "Cookie", sessionCookie(session));
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).contains("text/html; charset=UTF-8");
            assertThat(response.body()).contains("Order " + id + " does not exist.");
        }
    }

    @Test
    void pagesAreNeverCachedOrFramedAndLoadScriptsOnlyFromThisServer() {
        HttpResponse<String> response = http.get("/admin/login");

        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(response.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("script-src 'self'", "frame-ancestors 'none'");
    }

    @Test
    void htmxAndTheStylesheetAreServedWithALongCacheLifetime() {
        for (String asset : List.of(AdminAssets.HTMX, AdminAssets.STYLESHEET, AdminAssets.ICON)) {
            HttpResponse<String> response = http.get(asset);
            assertThat(response.statusCode()).as(asset).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control")).as(asset).contains(AdminAssets.CACHE_FOREVER);
        }
        assertThat(http.get(AdminAssets.HTMX).headers().firstValue("Content-Type")).get().asString().contains("javascript");
        assertThat(http.get(AdminAssets.STYLESHEET).headers().firstValue("Content-Type")).get().asString().startsWith("text/css");
    }

    private static String signIn(String username) {
        HttpResponse<String> response = http.post("/admin/login", Map.of("username", username, "password", PASSWORD));
        return setCookie(response).map(c -> c.get("depot_session")).orElseThrow(() -> new AssertionError("no session: " + response));
    }

    private static HttpResponse<String> signInThen(String next) {
        return http.post("/admin/login", Map.of("username", "supervisor", "password", PASSWORD, "next", next));
    }

    private static String csrfToken(String html) {
        Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).as("a form with a CSRF token").isTrue();
        return matcher.group(1);
    }

    private static String origin() {
        return "http://localhost:" + depot.port();
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse(null);
    }

    /** The session cookie's Set-Cookie header as attribute → value (lower-case attribute names; the cookie under its name). */
    private static Optional<Map<String, String>> setCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("depot_session="))
                .findFirst()
                .map(header -> {
                    Map<String, String> attributes = new LinkedHashMap<>();
                    Arrays.stream(header.split(";")).map(String::strip).forEach(part -> {
                        int eq = part.indexOf('=');
                        String name = eq < 0 ? part : part.substring(0, eq);
                        String key = name.equals("depot_session") ? name : name.toLowerCase(Locale.ROOT);
                        attributes.put(key, eq < 0 ? "" : part.substring(eq + 1));
                    });
                    return attributes;
                });
    }
}
