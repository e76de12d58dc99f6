package dev.depot.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.model.commands.CommandResult;
import dev.depot.model.commands.ConfirmPick;
import dev.depot.model.commands.CountStock;
import dev.depot.model.commands.Outcome;
import dev.depot.model.commands.PlaceOrder;
import dev.depot.model.commands.PutAway;
import dev.depot.model.commands.PutawayOverride;
import dev.depot.model.commands.ReceiveGoods;
import dev.depot.model.gs1.Sscc;
import dev.depot.model.identity.Role;
import dev.depot.model.views.CountTaskView;
import dev.depot.model.views.PickTaskView;
import dev.depot.model.views.PurchaseOrderView;
import dev.depot.model.views.PutawayRule;
import dev.depot.model.views.PutawayTaskView;
import dev.depot.server.testing.ApiClient;
import dev.depot.server.testing.ApiResponse;
import dev.depot.server.testing.Fixtures;
import dev.depot.server.testing.Invariants;
import dev.depot.server.testing.RunningDepot;
import dev.depot.server.testing.TestDevice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One item through the warehouse, over HTTP from the handhelds as they would send it: received with
 * its lot and expiry, put away into its pick face and a second bin, promised to a customer, released
 * in a wave, picked short at the pick face (the rest comes from the second bin, the pick face goes on
 * hold and out of what can be promised, and a count is asked for), counted blind twice, packed into
 * two cartons with SSCCs and shipped with a tracking number. At every step the stock and the books
 * agree.
 */
class WarehouseStoryTest {

    @RegisterExtension
    static RunningDepot depot = new RunningDepot();

    @Test
    void receivePutAwayPickShortCountAndShip() {
        Fixtures fixtures = new Fixtures(depot);
        Fixtures.TestWarehouse main = fixtures.warehouse("MAIN");
        Fixtures.TestItem gloves = fixtures.item("GLV-100", "10.00");
        fixtures.binRules(main, "A-01-1", "A", 100, gloves);
        TestDevice receiver = TestDevice.of(depot, depot.addUser(Role.RECEIVER, main.id()));
        TestDevice picker = TestDevice.of(depot, depot.addUser(Role.PICKER, main.id()));
        RunningDepot.TestUser rep = depot.addUser(Role.REP);
        UUID customer = fixtures.customer("C-1", rep.id(), main, "100000.00", "0");
        Stock stock = new Stock(main, gloves);

        // in: 30 with lot L-1, into receiving, not yet sellable
        PurchaseOrderView purchase = fixtures.purchaseOrder(main, "0", 30, gloves);
        assertThat(receiver.send(new ReceiveGoods(purchase.id(), gloves.gtin(), new BigDecimal("30"), "L-1", LocalDate.of(2027, 5, 31),
                null, false)).outcome()).isEqualTo(Outcome.APPLIED);
        stock.is("RCV-01", "30").onHand("0");
        Invariants.assertHold(depot.sql());

        // away: the pick face takes 20, the receiver puts the other 10 in A-02-1
        PutawayTaskView putaway = only(receiver.views(PutawayTaskView.class));
        assertThat(putaway.suggestedBin()).isEqualTo("A-01-1");
        assertThat(putaway.rule()).isEqualTo(PutawayRule.PICK_FACE);
        assertThat(putaway.lot()).isEqualTo("L-1");
        receiver.send(new PutAway(putaway.id(), "A-01-1", new BigDecimal("20"), null));
        receiver.send(new PutAway(putaway.id(), "A-02-1", new BigDecimal("10"), PutawayOverride.BIN_FULL));
        stock.is("RCV-01", "0").is("A-01-1", "20").is("A-02-1", "10").onHand("30");
        assertThat(receiver.views(PutawayTaskView.class)).isEmpty();
        Invariants.assertHold(depot.sql());

        // promised and released: 20 from the pick face, 5 from A-02-1
        PlaceOrder order = new PlaceOrder(UUID.randomUUID(), customer, List.of(new PlaceOrder.Line(gloves.id(), new BigDecimal("25"), null,
                null)), null, null, null);
        assertThat(TestDevice.of(depot, rep).send(order).outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(depot.as(Role.ORDER_DESK).post("api/orders/" + order.orderId() + "/release").status()).isEqualTo(200);
        stock.reserved("25");

        // short at the pick face: 15 there; the rest comes from A-02-1, the pick face is held and a count asked for
        PickTaskView atPickFace = task(picker, order, "A-01-1");
        assertThat(atPickFace.wave().tote()).as("released from the order desk: a wave of its own, one tote").isEqualTo(1);
        CommandResult short15 = picker.send(new ConfirmPick(atPickFace.id(), "A-01-1", gloves.gtin(), new BigDecimal("15"), null));
        assertThat(short15.outcome()).isEqualTo(Outcome.ADJUSTED);
        assertThat(short15.message()).contains("GLV-100 in A-01-1 is on hold until counted", "the rest comes 5 from A-02-1");
        stock.is("A-01-1", "5").onHand("10").reserved("10");
        CountTaskView count = only(picker.views(CountTaskView.class));
        assertThat(count.binCode()).isEqualTo("A-01-1");
        Invariants.assertHold(depot.sql());

        for (PickTaskView fromSecondBin : picker.views(PickTaskView.class).stream()
                .filter(t -> t.orderId().equals(order.orderId()) && t.binCode().equals("A-02-1")).toList()) {
            assertThat(picker.send(new ConfirmPick(fromSecondBin.id(), "A-02-1", gloves.gtin(), fromSecondBin.quantity(), null)).outcome())
                    .isEqualTo(Outcome.APPLIED);
        }
        stock.is("A-02-1", "0").onHand("0").reserved("0");

        // counted blind: nothing there, twice; the books follow and the hold ends
        assertThat(picker.send(new CountStock(count.id(), "A-01-1", gloves.gtin(), BigDecimal.ZERO)).code()).isEqualTo("RECOUNTED");
        CountTaskView recount = only(picker.views(CountTaskView.class));
        assertThat(picker.send(new CountStock(recount.id(), "A-01-1", gloves.gtin(), BigDecimal.ZERO)).code()).isEqualTo("COUNTED");
        stock.is("A-01-1", "0").onHand("0");
        assertThat(depot.sql().count("SELECT COUNT(*) FROM stock_balance WHERE item_id = ? AND held_since IS NOT NULL", gloves.id())).isZero();

        // packed into two cartons with SSCCs, then out with the carrier: the 25 picked leave at moving-average cost
        ApiClient supervisor = depot.signedIn(depot.addUser(Role.SUPERVISOR, main.id()));
        for (int quantity : new int[] {20, 5}) {
            ApiResponse carton = supervisor.post("api/orders/" + order.orderId() + "/cartons",
                    Map.of("lines", List.of(Map.of("lineNumber", 1, "quantity", quantity))));
            assertThat(new Sscc(carton.json().getString("sscc")).digits()).as(carton.toString()).hasSize(18);
        }
        assertThat(supervisor.post("api/orders/" + order.orderId() + "/ship", Map.of("trackingNumber", "1Z999AA10123456784"))
                .json().getString("status")).isEqualTo("SHIPPED");
        assertThat(depot.sql().single("SELECT cartons FROM shipment WHERE order_id = ?", order.orderId())).isEqualTo(2);
        stock.is("PACK-01", "0");
        assertThat(posted("RECEIPT", "1300")).as("30 received at 6.00").isEqualByComparingTo("180.00");
        assertThat(posted("COUNT_ADJUSTMENT", "5100")).as("5 lost at the pick face").isEqualByComparingTo("30.00");
        assertThat(posted("GOODS_ISSUE", "5000")).as("25 shipped").isEqualByComparingTo("150.00");
        Invariants.assertHold(depot.sql());
    }

    private static <T> T only(List<T> views) {
        assertThat(views).hasSize(1);
        return views.getFirst();
    }

    private static PickTaskView task(TestDevice picker, PlaceOrder order, String bin) {
        return picker.views(PickTaskView.class).stream().filter(t -> t.orderId().equals(order.orderId()) && t.binCode().equals(bin))
                .findFirst().orElseThrow();
    }

    private static BigDecimal posted(String sourceType, String account) {
        return depot.sql().decimal("SELECT SUM(l.debit) FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id "
                + "WHERE e.source_type = ? AND l.account_code = ?", sourceType, account);
    }

    /** The item's stock as the ledger's balances and its warehouse position say. */
    private record Stock(Fixtures.TestWarehouse warehouse, Fixtures.TestItem item) {

        Stock is(String location, String quantity) {
            assertThat(depot.sql().decimal("SELECT COALESCE(SUM(quantity), 0) FROM stock_balance WHERE item_id = ? AND location_id = ?",
                    item.id(), warehouse.locations().get(location))).as(location).isEqualByComparingTo(quantity);
            return this;
        }

        Stock onHand(String quantity) {
            assertThat(position("on_hand")).as("on hand to promise").isEqualByComparingTo(quantity);
            return this;
        }

        Stock reserved(String quantity) {
            assertThat(position("reserved")).as("reserved").isEqualByComparingTo(quantity);
            return this;
        }

        private BigDecimal position(String column) {
            return depot.sql().decimal("SELECT COALESCE(SUM(" + column + "), 0) FROM stock_position WHERE item_id = ? AND warehouse_id = ?",
                    item.id(), warehouse.id());
        }
    }
}
