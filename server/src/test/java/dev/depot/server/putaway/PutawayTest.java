package dev.depot.server.putaway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.model.changes.ChangeEntry;
import dev.depot.model.changes.ChangeOp;
import dev.depot.model.commands.CommandResult;
import dev.depot.model.commands.Outcome;
import dev.depot.model.commands.PutAway;
import dev.depot.model.commands.PutawayOverride;
import dev.depot.model.commands.ReceiveGoods;
import dev.depot.model.identity.Role;
import dev.depot.model.views.PurchaseOrderView;
import dev.depot.model.views.PutawayRule;
import dev.depot.model.views.PutawayTaskView;
import dev.depot.server.testing.Fixtures;
import dev.depot.server.testing.Invariants;
import dev.depot.server.testing.RunningDepot;
import dev.depot.server.testing.TestDevice;
import dev.depot.sync.protocol.PullResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Goods received sound wait in receiving with a suggested bin, on the receivers' handhelds; a
 * receiver scans the bin they went into, and the stock becomes available there. The suggestion
 * follows the rules (pick face, same item, empty bin in the item's zone, room); another bin, part
 * of the goods or more than waited are recorded as scanned, and a code that is no bin of the
 * warehouse changes nothing.
 */
class PutawayTest {

    @RegisterExtension
    static RunningDepot depot = new RunningDepot();

    static Fixtures fixtures;
    static Fixtures.TestWarehouse main;
    static TestDevice receiver;

    @BeforeAll
    static void aWarehouseAndItsReceiver() {
        fixtures = new Fixtures(depot);
        main = fixtures.warehouse("MAIN");
        receiver = TestDevice.of(depot, depot.addUser(Role.RECEIVER, main.id()));
    }

    @AfterEach
    void stockEqualsTheLedgerAndEveryPutawayAddsUp() {
        Invariants.assertHold(depot.sql());
    }

    @Test
    void goodsPutAwayInTheSuggestedPickFaceBecomeAvailableAndTheTaskLeavesTheHandhelds() {
        Fixtures.TestItem item = fixtures.item("PUT-A", "10.00");
        fixtures.binRules(main, "A-01-2", "A", 100, item);
        receive(item, 24, "LOT-7");

        PullResponse copy = receiver.copy();
        PutawayTaskView task = tasks(copy, item);
        assertThat(task.fromCode()).isEqualTo("RCV-01");
        assertThat(task.suggestedBin()).isEqualTo("A-01-2");
        assertThat(task.rule()).isEqualTo(PutawayRule.PICK_FACE);
        assertThat(task.lot()).isEqualTo("LOT-7");
        assertThat(task.remaining()).isEqualByComparingTo("24");

        CommandResult result = receiver.send(new PutAway(task.id(), "A-01-2", new BigDecimal("24"), null));

        assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(result.message()).isEqualTo("24 put away in A-01-2");
        assertThat(result.nextStep()).isEqualTo("None.");
        assertThat(balance(item, "RCV-01")).isZero();
        assertThat(balance(item, "A-01-2")).isEqualByComparingTo("24");
        assertThat(depot.sql().decimal("SELECT on_hand FROM stock_position WHERE item_id = ?", item.id()))
                .as("stock in a storage bin can be promised").isEqualByComparingTo("24");
        assertThat(depot.sql().rows("SELECT suggested, override_reason FROM putaway_scan WHERE task_id = ?", task.id()))
                .singleElement().satisfies(scan -> {
                    assertThat(scan.get("suggested")).isEqualTo(true);
                    assertThat(scan.get("override_reason")).isNull();
                });
        PullResponse after = receiver.pullUntil(copy.cursor(), pull -> pull.changes().stream()
                .anyMatch(c -> c.key().id().equals(task.id()) && c.op() == ChangeOp.DELETE));
        assertThat(after.changes()).filteredOn(c -> c.key().id().equals(task.id())).extracting(ChangeEntry::op)
                .as("the handhelds hear the task is done").contains(ChangeOp.DELETE);
        assertThat(receiver.views(PutawayTaskView.class)).extracting(PutawayTaskView::id).doesNotContain(task.id());
    }

    @Test
    void theRulesGoFromThePickFaceToBinsHoldingTheItemToEmptyBinsInItsZoneAndOnlyWhereThereIsRoom() {
        Fixtures.TestWarehouse west = fixtures.warehouse("WEST");
        TestDevice westReceiver = TestDevice.of(depot, depot.addUser(Role.RECEIVER, west.id()));
        Fixtures.TestItem item = fixtures.item("PUT-B", "10.00");
        Fixtures.TestItem other = fixtures.item("PUT-C", "10.00");
        fixtures.binRules(west, "A-01-1", "A", 10, item);   // the pick face, small
        fixtures.binRules(west, "A-01-2", "A", 50, null);   // already holds some
        fixtures.binRules(west, "A-02-1", "B", 100, null);  // nearer, empty, but in another zone
        fixtures.binRules(west, "A-02-2", "A", 100, null);  // empty, in the item's zone
        fixtures.stock(item, west, "A-01-2", 5);
        PurchaseOrderView order = fixtures.purchaseOrder(west, "100", 500, item, other);

        westReceiver.send(new ReceiveGoods(order.id(), item.gtin(), new BigDecimal("8"), null, null, null, false));
        westReceiver.send(new ReceiveGoods(order.id(), item.gtin(), new BigDecimal("40"), null, null, null, false));
        westReceiver.send(new ReceiveGoods(order.id(), item.gtin(), new BigDecimal("30"), null, null, null, false));
        westReceiver.send(new ReceiveGoods(order.id(), item.gtin(), new BigDecimal("200"), null, null, null, false));
        westReceiver.send(new ReceiveGoods(order.id(), other.gtin(), new BigDecimal("90"), null, null, null, false));

        assertThat(westReceiver.views(PutawayTaskView.class))
                .extracting(t -> t.sku() + " " + t.quantity().stripTrailingZeros().toPlainString() + " → " + t.suggestedBin() + " " + t.rule())
                .containsExactlyInAnyOrder(
                        "PUT-B 8 → A-01-1 PICK_FACE",
                        "PUT-B 40 → A-01-2 SAME_ITEM",      // the pick face has room for 2 more
                        "PUT-B 30 → A-02-2 EMPTY_IN_ZONE",  // A-01-2 has room for 5 more; A-02-1 is in zone B
                        "PUT-B 200 → null null",            // no bin takes 200
                        "PUT-C 90 → A-02-1 EMPTY_BIN");     // A-02-2 is promised; PUT-C has no zone yet
    }

    @Test
    void anotherBinThanSuggestedIsRecordedWithTheReasonAndWhatIsLeftGetsANewSuggestion() {
        Fixtures.TestItem item = fixtures.item("PUT-D", "10.00");
        receive(item, 30, null);
        PutawayTaskView task = tasks(receiver.copy(), item);
        String elsewhere = "A-02-2".equals(task.suggestedBin()) ? "A-02-1" : "A-02-2";

        CommandResult part = receiver.send(new PutAway(task.id(), elsewhere, new BigDecimal("20"), PutawayOverride.BIN_FULL));

        assertThat(part.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(part.message()).isEqualTo("20 put away in " + elsewhere);
        PutawayTaskView rest = tasks(receiver.copy(), item);
        assertThat(rest.remaining()).isEqualByComparingTo("10");
        assertThat(rest.suggestedBin()).as("the rest goes where the item now is").isEqualTo(elsewhere);
        assertThat(rest.rule()).isEqualTo(PutawayRule.SAME_ITEM);
        assertThat(part.nextStep()).isEqualTo("Put the other 10 in " + elsewhere + ".");
        assertThat(depot.sql().rows("SELECT suggested, override_reason FROM putaway_scan WHERE task_id = ?", task.id()))
                .singleElement().satisfies(scan -> {
                    assertThat(scan.get("suggested")).isEqualTo(false);
                    assertThat(scan.get("override_reason")).isEqualTo("BIN_FULL");
                });

        assertThat(receiver.send(new PutAway(task.id(), elsewhere, new BigDecimal("10"), null)).outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(balance(item, elsewhere)).isEqualByComparingTo("30");
        assertThat(depot.sql().single("SELECT status FROM putaway_task WHERE id = ?", task.id())).isEqualTo("DONE");
    }

    @Test
    void moreThanWaitedInReceivingIsRecordedAndFlagged() {
        Fixtures.TestItem item = fixtures.item("PUT-E", "10.00");
        receive(item, 6, null);
        PutawayTaskView task = tasks(receiver.copy(), item);

        CommandResult result = receiver.send(new PutAway(task.id(), "A-02-1", new BigDecimal("7"), null));

        assertThat(result.outcome()).isEqualTo(Outcome.ADJUSTED);
        assertThat(result.code()).isEqualTo("PUT_AWAY_WITH_NOTE");
        assertThat(result.message()).isEqualTo("7 put away in " + "A-02-1"
                + ". 7 put away where 6 waited in RCV-01; a supervisor will count RCV-01");
        assertThat(balance(item, "A-02-1")).as("the goods are in the bin, so the books say so").isEqualByComparingTo("7");
        assertThat(balance(item, "RCV-01")).isEqualByComparingTo("-1");
        assertThat(receiver.inbox()).extracting(e -> e.title()).contains("Putaway recorded with a difference");

        CommandResult again = receiver.send(new PutAway(task.id(), "A-02-1", BigDecimal.ONE, null));
        assertThat(again.outcome()).isEqualTo(Outcome.ADJUSTED);
        assertThat(again.message()).contains("This putaway was already done");
    }

    @Test
    void damagedGoodsWaitInQuarantineWithoutAPutawayTask() {
        Fixtures.TestItem item = fixtures.item("PUT-F", "10.00");
        PurchaseOrderView order = fixtures.purchaseOrder(main, "0", 10, item);

        receiver.send(new ReceiveGoods(order.id(), item.gtin(), new BigDecimal("3"), null, null, null, true));

        assertThat(depot.sql().count("SELECT COUNT(*) FROM putaway_task WHERE item_id = ?", item.id())).isZero();
    }

    @Test
    void aCodeThatIsNoStorageBinHereAnotherWarehousesTaskOrTheWrongRoleIsRefusedAndNothingMoves() {
        Fixtures.TestItem item = fixtures.item("PUT-G", "10.00");
        receive(item, 5, null);
        PutawayTaskView task = tasks(receiver.copy(), item);
        Fixtures.TestWarehouse east = fixtures.warehouse("EAST");
        TestDevice eastReceiver = TestDevice.of(depot, depot.addUser(Role.RECEIVER, east.id()));
        TestDevice picker = TestDevice.of(depot, depot.addUser(Role.PICKER, main.id()));
        Map<String, Long> before = depot.sql().tableCounts();

        assertThat(receiver.send(new PutAway(task.id(), "PACK-01", BigDecimal.ONE, null))).satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(r.message()).contains("PACK-01 is not a storage bin of this warehouse; scan the label of the bin you put the goods in");
        });
        assertThat(receiver.send(new PutAway(task.id(), "Z-99-9", BigDecimal.ONE, null)).outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(receiver.send(new PutAway(UUID.randomUUID(), "A-01-1", BigDecimal.ONE, null)).outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(receiver.send(new PutAway(task.id(), "A-01-1", BigDecimal.ZERO, null))).satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(r.message()).contains("must be more than zero");
        });
        assertThat(eastReceiver.send(new PutAway(task.id(), "A-01-1", BigDecimal.ONE, null))).satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(r.message()).contains("belongs to another warehouse than yours");
        });
        assertThat(picker.send(new PutAway(task.id(), "A-01-1", BigDecimal.ONE, null)).outcome())
                .as("a picker does not put goods away").isEqualTo(Outcome.REJECTED);
        assertThat(eastReceiver.views(PutawayTaskView.class)).as("another warehouse's handhelds never hold the task").isEmpty();

        Map<String, Long> after = depot.sql().tableCounts();
        for (String unchanged : new String[] {"stock_movement", "stock_balance", "putaway_scan"}) {
            assertThat(after.get(unchanged)).as(unchanged).isEqualTo(before.get(unchanged));
        }
        assertThat(balance(item, "RCV-01")).isEqualByComparingTo("5");
    }

    private static void receive(Fixtures.TestItem item, int quantity, String lot) {
        PurchaseOrderView order = fixtures.purchaseOrder(main, "0", quantity, item);
        CommandResult received = receiver.send(new ReceiveGoods(order.id(), item.gtin(), BigDecimal.valueOf(quantity), lot,
                lot == null ? null : LocalDate.of(2027, 5, 31), null, false));
        assertThat(received.outcome()).isEqualTo(Outcome.APPLIED);
    }

    private static PutawayTaskView tasks(PullResponse copy, Fixtures.TestItem item) {
        return copy.changes().stream().map(ChangeEntry::payload).filter(PutawayTaskView.class::isInstance).map(PutawayTaskView.class::cast)
                .filter(t -> t.itemId().equals(item.id()))
                .reduce((older, newer) -> newer).orElseThrow();
    }

    private static BigDecimal balance(Fixtures.TestItem item, String location) {
        return fixtures.balance(item, main, location);
    }
}
