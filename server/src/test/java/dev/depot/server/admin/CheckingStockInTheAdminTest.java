package dev.depot.server.admin;

import static dev.depot.server.admin.TestOrders.PASSWORD;
import static dev.depot.server.admin.TestOrders.line;
import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.model.identity.Role;
import dev.depot.server.testing.HeadlessChrome;
import dev.depot.server.testing.RunningDepot;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The stock page in a real browser: the numbers are the ledger's, per warehouse. */
class CheckingStockInTheAdminTest {

    @RegisterExtension
    static RunningDepot depot = TestOrders.demoDepot();
    @RegisterExtension
    static HeadlessChrome chrome = new HeadlessChrome();

    @Test
    void theStockPageListsItemsWithAvailableQuantitiesForAWarehouse() {
        new TestOrders(depot).place("C-1001", line("GLV-NIT-S", 20));

        StockPage stock = LoginPage.open(chrome, depot).signInAs("orderdesk", PASSWORD).goToStock().choose("MAIN");
        chrome.screenshot("admin-stock");
        List<StockPage.Row> rows = stock.searchFor("gloves").rows();

        assertThat(rows).extracting(StockPage.Row::sku).containsExactly("GLV-NIT-L", "GLV-NIT-M", "GLV-NIT-S", "GLV-NIT-XL", "GLV-VIN-L");
        for (StockPage.Row row : rows) {
            Map<String, Object> position = position("MAIN", row.sku());
            BigDecimal onHand = (BigDecimal) position.get("on_hand");
            BigDecimal reserved = (BigDecimal) position.get("reserved");
            assertThat(row.onHand()).as(row.sku()).isEqualTo(Display.quantity(onHand));
            assertThat(row.reserved()).as(row.sku()).isEqualTo(Display.quantity(reserved));
            assertThat(row.available()).as(row.sku()).isEqualTo(Display.quantity(onHand.subtract(reserved)));
        }
        assertThat(rows).filteredOn(r -> r.sku().equals("GLV-NIT-S")).singleElement()
                .satisfies(r -> assertThat(r.reserved()).isEqualTo("20"));
    }

    @Test
    void everyFigureOfAnItemIsTheSumOfTheLedgerLinesBehindIt() {
        StockPage stock = LoginPage.open(chrome, depot).signInAs("supervisor", PASSWORD).goToStock().choose("MAIN").searchFor("GLV-NIT-M");

        LedgerPage ledger = stock.ledgerOf("GLV-NIT-M");
        chrome.screenshot("admin-item-ledger");

        assertThat(ledger.places()).as("the demo's crushed case").contains(
                new LedgerPage.Place("QUA-01", "In quarantine, waiting for inspection", "10"));
        List<LedgerPage.Line> lines = ledger.lines();
        assertThat((long) lines.size()).isEqualTo(depot.sql().count("""
                SELECT count(*) FROM stock_movement m JOIN item i ON i.id = m.item_id
                WHERE i.sku = 'GLV-NIT-M' AND (m.from_location_id IN (SELECT l.id FROM location l JOIN warehouse w ON w.id = l.warehouse_id
                                                                       WHERE w.code = 'MAIN')
                                          OR m.to_location_id IN (SELECT l.id FROM location l JOIN warehouse w ON w.id = l.warehouse_id
                                                                   WHERE w.code = 'MAIN'))"""));
        BigDecimal total = BigDecimal.ZERO;
        for (LedgerPage.Place place : ledger.places()) {
            BigDecimal in = lines.stream().filter(l -> l.to().equals(place.location())).map(l -> number(l.quantity()))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal out = lines.stream().filter(l -> l.from().equals(place.location())).map(l -> number(l.quantity()))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(in.subtract(out)).as(place.location()).isEqualByComparingTo(number(place.quantity()));
            total = total.add(number(place.quantity()));
        }
        assertThat(number(ledger.total())).isEqualByComparingTo(total);

        JsonObject atp = depot.as(Role.ORDER_DESK).get("api/availability?warehouse=MAIN&item=GLV-NIT-M").json();
        assertThat(ledger.promisePart("atp-quarantine")).as("the crushed case is shown, not promised").isEqualTo("10");
        assertThat(number(ledger.promisePart("atp-on-hand"))).isEqualByComparingTo(atp.getJsonNumber("onHand").bigDecimalValue());
        assertThat(ledger.promiseDays()).as("the page and the API tell the same promise").extracting(d -> number(d.available()).intValue())
                .containsExactlyElementsOf(atp.getJsonArray("days").getValuesAs(JsonObject.class).stream()
                        .map(d -> d.getJsonNumber("available").intValue()).toList());
        assertThat(ledger.promiseDays().getFirst().from()).isEqualTo("Today");
    }

    @Test
    void itemsThatRanOutAreFlaggedInTheirWarehouse() {
        new TestOrders(depot).place("C-1007", line("GLV-VIN-L", 3));

        StockPage stock = LoginPage.open(chrome, depot).signInAs("supervisor", PASSWORD).goToStock().choose("EAST").searchFor("GLV-VIN");

        assertThat(stock.rows()).containsExactly(new StockPage.Row("GLV-VIN-L", "Vinyl gloves, large, box of 100", "3", "3", "0",
                "Out of stock"));
        assertThat(stock.choose("MAIN").rows()).singleElement()
                .satisfies(row -> assertThat(row.level()).isEqualTo("Low"));
    }

    @Test
    void aSupervisorReleasesWhatIsSoundFromQuarantineAndItJoinsThePutawayQueue() {
        StockPage stock = LoginPage.open(chrome, depot).signInAs("supervisor", PASSWORD).goToStock().choose("MAIN");
        assertThat(stock.quarantined()).as("the demo's crushed case").containsExactly(new StockPage.Quarantined("GLV-NIT-M", "10"));

        stock = stock.decide("GLV-NIT-M", "6", "inner boxes intact", "Release");
        chrome.screenshot("admin-quarantine");

        assertThat(stock.notice()).isEqualTo("Released to putaway: the goods wait in receiving for a receiver to put away.");
        assertThat(stock.quarantined()).containsExactly(new StockPage.Quarantined("GLV-NIT-M", "4"));
        assertThat(depot.sql().decimal("SELECT SUM(t.quantity) FROM putaway_task t WHERE t.sku = 'GLV-NIT-M' AND t.status = 'OPEN'"))
                .isEqualByComparingTo("6");
    }

    private static Map<String, Object> position(String warehouse, String sku) {
        return depot.sql().rows("SELECT p.on_hand, p.reserved FROM stock_position p JOIN item i ON i.id = p.item_id "
                + "JOIN warehouse w ON w.id = p.warehouse_id WHERE w.code = ? AND i.sku = ?", warehouse, sku).getFirst();
    }

    /** A quantity as the admin shows it (1,200) read back. */
    private static BigDecimal number(String shown) {
        return new BigDecimal(shown.replace(",", ""));
    }
}
