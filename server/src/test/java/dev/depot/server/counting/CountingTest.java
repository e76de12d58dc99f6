package dev.depot.server.counting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.model.commands.CommandResult;
import dev.depot.model.commands.CountStock;
import dev.depot.model.commands.Outcome;
import dev.depot.model.identity.Role;
import dev.depot.model.views.CountTaskView;
import dev.depot.server.DepotServer;
import dev.depot.server.testing.Fixtures;
import dev.depot.server.testing.Invariants;
import dev.depot.server.testing.RunningDepot;
import dev.depot.server.testing.TestDevice;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Blind counts on the pickers' handhelds, judged against the books: a count that agrees ends the
 * bin's hold; a small difference is adjusted at moving-average cost; a first count far off is
 * counted again (the stock on hold meanwhile); a difference worth more than the limit waits for a
 * supervisor. A count of another bin, item or warehouse changes nothing.
 */
class CountingTest {

    @RegisterExtension
    static RunningDepot depot = new RunningDepot();

    static Fixtures fixtures;
    static Fixtures.TestWarehouse main;
    static TestDevice picker;

    @BeforeAll
    static void aWarehouseAndItsPicker() {
        fixtures = new Fixtures(depot);
        main = fixtures.warehouse("MAIN");
        picker = TestDevice.of(depot, depot.addUser(Role.PICKER, main.id()));
    }

    @AfterEach
    void theBooksStillBalance() {
        Invariants.assertHold(depot.sql());
    }

    @Test
    void aCountThatAgreesWithTheBooksEndsTheBinsHold() {
        Fixtures.TestItem item = stocked("CNT-A", "10.00", 10);
        hold(item, "A-01-1");
        CountTaskView task = requestCount(item, "A-01-1");
        assertThat(task.counted()).as("blind: the handheld never hears what the books say").isNull();
        assertThat(onHand(item)).isZero();

        CommandResult result = picker.send(new CountStock(task.id(), "a-01-1", item.gtin(), BigDecimal.TEN));

        assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(result.code()).isEqualTo("COUNTED");
        assertThat(result.message()).isEqualTo("10 × CNT-A in A-01-1: as the books say");
        assertThat(status(task)).isEqualTo("MATCHED");
        assertThat(onHand(item)).as("no longer on hold").isEqualByComparingTo("10");
        assertThat(picker.views(CountTaskView.class)).extracting(CountTaskView::id).doesNotContain(task.id());
    }

    @Test
    void aSmallDifferenceIsAdjustedAtMovingAverageCost() {
        Fixtures.TestItem item = stocked("CNT-B", "10.00", 100);
        CountTaskView task = requestCount(item, "A-01-1");

        CommandResult result = picker.send(new CountStock(task.id(), "A-01-1", item.sku(), new BigDecimal("99")));

        assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(result.message()).isEqualTo("99 × CNT-B in A-01-1: the books now say so");
        assertThat(balance(item, "A-01-1")).isEqualByComparingTo("99");
        assertThat(onHand(item)).isEqualByComparingTo("99");
        assertThat(loss(task)).as("one at the item's cost of 6.00").isEqualByComparingTo("6.00");
        assertThat(status(task)).isEqualTo("ADJUSTED");
    }

    @Test
    void aFirstCountFarOffIsCountedAgainAndTheRecountStands() {
        Fixtures.TestItem item = stocked("CNT-C", "10.00", 10);
        CountTaskView first = requestCount(item, "A-01-1");

        CommandResult result = picker.send(new CountStock(first.id(), "A-01-1", item.gtin(), new BigDecimal("4")));

        assertThat(result.outcome()).isEqualTo(Outcome.ADJUSTED);
        assertThat(result.code()).isEqualTo("RECOUNTED");
        assertThat(balance(item, "A-01-1")).as("nothing adjusted on one count far off").isEqualByComparingTo("10");
        assertThat(onHand(item)).as("on hold until the recount").isZero();
        CountTaskView recount = picker.views(CountTaskView.class).stream().filter(t -> t.itemId().equals(item.id())).findFirst().orElseThrow();
        assertThat(recount.recount()).isTrue();
        assertThat(recount.reason()).as("the recount does not say what was found").isEqualTo("Recount: the first count was far off the books");

        CommandResult again = picker.send(new CountStock(recount.id(), "A-01-1", item.gtin(), new BigDecimal("4")));

        assertThat(again.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(balance(item, "A-01-1")).isEqualByComparingTo("4");
        assertThat(onHand(item)).as("the hold ends with the books right").isEqualByComparingTo("4");
        assertThat(loss(recount)).isEqualByComparingTo("36.00");
    }

    @Test
    void inventoryAccuracyIsTheShareOfFirstCountsThatFoundWhatTheBooksSaid() {
        Fixtures.TestWarehouse west = fixtures.warehouse("WEST");
        TestDevice westPicker = TestDevice.of(depot, depot.addUser(Role.PICKER, west.id()));
        DepotServer.Capabilities c = depot.server().capabilities();
        assertThat(c.transactions().inTransaction(em -> c.counting().accuracy(em, west.id())).percent()).isNull();
        for (String sku : new String[] {"CNT-W1", "CNT-W2"}) {
            Fixtures.TestItem item = fixtures.item(sku, "10.00");
            fixtures.stock(item, west, "A-01-1", 10);
            UUID id = c.transactions().inTransaction(em -> c.counting().request(em, new Counting.Request(
                    c.inventory().location(em, west.locations().get("A-01-1")), item.id(), "Asked for by a test", null)).id());
            westPicker.send(new CountStock(id, "A-01-1", sku, new BigDecimal(sku.equals("CNT-W1") ? "10" : "3")));
        }
        UUID recount = westPicker.views(CountTaskView.class).getFirst().id();
        westPicker.send(new CountStock(recount, "A-01-1", "CNT-W2", new BigDecimal("3")));

        Counting.Accuracy accuracy = c.transactions().inTransaction(em -> c.counting().accuracy(em, west.id()));

        assertThat(accuracy.firstCounts()).as("a recount is not a first count").isEqualTo(2);
        assertThat(accuracy.matched()).isEqualTo(1);
        assertThat(accuracy.percent()).isEqualByComparingTo("50.0");
    }

    @Test
    void aDifferenceWorthMoreThanTheLimitWaitsForASupervisorAndTheBooksFollowTheAcceptedCount() {
        Fixtures.TestItem item = stocked("CNT-D", "100.00", 100);
        CountTaskView task = requestCount(item, "A-01-1");

        CommandResult result = picker.send(new CountStock(task.id(), "A-01-1", item.gtin(), new BigDecimal("98")));

        assertThat(result.outcome()).isEqualTo(Outcome.ADJUSTED);
        assertThat(result.code()).isEqualTo("AWAITING_APPROVAL");
        assertThat(result.message()).isEqualTo("98 × CNT-D in A-01-1: the difference waits for a supervisor's approval; "
                + "the stock there is on hold until then");
        assertThat(onHand(item)).isZero();

        DepotServer.Capabilities c = depot.server().capabilities();
        UUID supervisor = depot.addUser(Role.SUPERVISOR, main.id()).id();
        c.transactions().run(em -> c.counting().decide(em, task.id(), true, supervisor, main.id()));

        assertThat(balance(item, "A-01-1")).isEqualByComparingTo("98");
        assertThat(onHand(item)).isEqualByComparingTo("98");
        assertThat(loss(task)).as("two at 60.00: more than a counter may adjust alone").isEqualByComparingTo("120.00");
    }

    @Test
    void aCountOfAnotherBinItemOrWarehouseOrByAnotherRoleChangesNothing() {
        Fixtures.TestItem item = stocked("CNT-E", "10.00", 10);
        Fixtures.TestItem other = fixtures.item("CNT-F", "10.00");
        CountTaskView task = requestCount(item, "A-01-1");
        Fixtures.TestWarehouse east = fixtures.warehouse("EAST");
        TestDevice eastPicker = TestDevice.of(depot, depot.addUser(Role.PICKER, east.id()));
        TestDevice receiver = TestDevice.of(depot, depot.addUser(Role.RECEIVER, main.id()));
        Map<String, Long> before = depot.sql().tableCounts();

        assertThat(picker.send(new CountStock(task.id(), "A-02-1", item.gtin(), BigDecimal.TEN)).message())
                .contains("scanned A-02-1 but the count is for A-01-1");
        assertThat(picker.send(new CountStock(task.id(), "A-01-1", other.gtin(), BigDecimal.TEN)).message())
                .contains("scanned " + other.gtin() + " but the count is for CNT-E");
        assertThat(picker.send(new CountStock(task.id(), "A-01-1", item.gtin(), new BigDecimal("-1"))).message())
                .contains("cannot be negative");
        assertThat(eastPicker.send(new CountStock(task.id(), "A-01-1", item.gtin(), BigDecimal.TEN)).message())
                .contains("is in another warehouse than yours");
        assertThat(receiver.send(new CountStock(task.id(), "A-01-1", item.gtin(), BigDecimal.TEN)).outcome())
                .as("a receiver does not count").isEqualTo(Outcome.REJECTED);
        assertThat(eastPicker.views(CountTaskView.class)).as("another warehouse's handhelds never hold the count").isEmpty();
        Map<String, Long> after = depot.sql().tableCounts();
        for (String unchanged : new String[] {"stock_movement", "stock_balance", "count_task", "journal_entry"}) {
            assertThat(after.get(unchanged)).as(unchanged).isEqualTo(before.get(unchanged));
        }
        assertThat(status(task)).isEqualTo("OPEN");

        picker.send(new CountStock(task.id(), "A-01-1", item.gtin(), BigDecimal.TEN));
        CommandResult late = picker.send(new CountStock(task.id(), "A-01-1", item.gtin(), BigDecimal.ONE));
        assertThat(late.code()).isEqualTo("COUNT_NOT_USED");
        assertThat(late.message()).isEqualTo("A-01-1 was already counted; this count is not used");
        assertThat(balance(item, "A-01-1")).isEqualByComparingTo("10");
    }

    private static Fixtures.TestItem stocked(String sku, String price, int quantity) {
        Fixtures.TestItem item = fixtures.item(sku, price);
        fixtures.stock(item, main, "A-01-1", quantity);
        return item;
    }

    private static void hold(Fixtures.TestItem item, String bin) {
        DepotServer.Capabilities c = depot.server().capabilities();
        c.transactions().run(em -> c.inventory().hold(em, item.id(), c.inventory().location(em, main.locations().get(bin)), "test hold"));
    }

    private static CountTaskView requestCount(Fixtures.TestItem item, String bin) {
        DepotServer.Capabilities c = depot.server().capabilities();
        UUID id = c.transactions().inTransaction(em -> c.counting().request(em, new Counting.Request(
                c.inventory().location(em, main.locations().get(bin)), item.id(), "Asked for by a test", null)).id());
        return picker.views(CountTaskView.class).stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private static String status(CountTaskView task) {
        return (String) depot.sql().single("SELECT status FROM count_task WHERE id = ?", task.id());
    }

    private static BigDecimal balance(Fixtures.TestItem item, String bin) {
        return fixtures.balance(item, main, bin);
    }

    private static BigDecimal onHand(Fixtures.TestItem item) {
        return depot.sql().decimal("SELECT on_hand FROM stock_position WHERE item_id = ?", item.id());
    }

    /** What a count's adjustment debited to the losses account. */
    private static BigDecimal loss(CountTaskView task) {
        return depot.sql().decimal("SELECT l.debit FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id "
                + "WHERE e.source_type = 'COUNT_ADJUSTMENT' AND e.source_id = ? AND l.account_code = '5100'", task.id());
    }
}
