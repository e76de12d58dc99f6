package dev.depot.server.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.depot.model.commands.ConfirmPick;
import dev.depot.model.commands.Outcome;
import dev.depot.model.commands.PlaceOrder;
import dev.depot.model.commands.PutAway;
import dev.depot.model.commands.PutawayOverride;
import dev.depot.model.commands.ReceiveGoods;
import dev.depot.model.identity.Role;
import dev.depot.model.views.PickTaskView;
import dev.depot.model.views.PurchaseOrderView;
import dev.depot.model.views.PutawayTaskView;
import dev.depot.server.testing.Fixtures;
import dev.depot.server.testing.Invariants;
import dev.depot.server.testing.RunningDepot;
import dev.depot.server.testing.TestDevice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Lots on the shelf follow the ledger: a receipt's lot goes to receiving and with the putaway into its
 * bin; a released order is picked from the bin whose lot expires first, even when another bin is
 * nearer; and the pick takes that lot out of the bin.
 */
class FirstExpiredFirstOutTest {

    @RegisterExtension
    static RunningDepot depot = new RunningDepot();

    @Test
    void theLotThatExpiresFirstIsPickedFirstAndLeavesItsBin() {
        Fixtures fixtures = new Fixtures(depot);
        Fixtures.TestWarehouse main = fixtures.warehouse("MAIN");
        Fixtures.TestItem yoghurt = fixtures.item("YOG-500", "1.20");
        TestDevice receiver = TestDevice.of(depot, depot.addUser(Role.RECEIVER, main.id()));
        PurchaseOrderView purchase = fixtures.purchaseOrder(main, "0", 20, yoghurt);
        receiver.send(new ReceiveGoods(purchase.id(), yoghurt.gtin(), BigDecimal.TEN, "LATE", LocalDate.of(2028, 1, 31), null, false));
        receiver.send(new ReceiveGoods(purchase.id(), yoghurt.gtin(), BigDecimal.TEN, "SOON", LocalDate.of(2027, 3, 31), null, false));
        assertThat(lots(main, "RCV-01")).containsExactlyInAnyOrderEntriesOf(Map.of("LATE", "10", "SOON", "10"));

        for (PutawayTaskView task : receiver.views(PutawayTaskView.class)) {
            String bin = task.lot().equals("LATE") ? "A-01-1" : "A-02-2"; // the lot that keeps longer is the nearer one
            assertThat(receiver.send(new PutAway(task.id(), bin, task.quantity(), PutawayOverride.NEARER_BIN)).outcome())
                    .isNotEqualTo(Outcome.REJECTED);
        }
        assertThat(lots(main, "A-01-1")).containsExactlyEntriesOf(Map.of("LATE", "10"));
        assertThat(lots(main, "A-02-2")).containsExactlyEntriesOf(Map.of("SOON", "10"));

        UUID order = releasedOrder(fixtures, "C-1", main, yoghurt, 8);

        TestDevice picker = TestDevice.of(depot, depot.addUser(Role.PICKER, main.id()));
        PickTaskView pick = picker.views(PickTaskView.class).stream().filter(t -> t.orderId().equals(order)).findFirst().orElseThrow();
        assertThat(pick.binCode()).as("first expired, first out: the farther bin").isEqualTo("A-02-2");
        assertThat(picker.send(new ConfirmPick(pick.id(), "A-02-2", yoghurt.gtin(), new BigDecimal("8"), null)).outcome())
                .isEqualTo(Outcome.APPLIED);

        assertThat(lots(main, "A-02-2")).containsExactlyEntriesOf(Map.of("SOON", "2"));
        assertThat(lots(main, "PACK-01")).containsExactlyEntriesOf(Map.of("SOON", "8"));
        assertThat(lots(main, "A-01-1")).containsExactlyEntriesOf(Map.of("LATE", "10"));
        Invariants.assertHold(depot.sql());
    }

    @Test
    void twoLotsInOneBinAreOneTaskEachAndAPickTakesTheLotItsLabelNamed() {
        Fixtures fixtures = new Fixtures(depot);
        Fixtures.TestWarehouse west = fixtures.warehouse("WEST");
        Fixtures.TestItem milk = fixtures.item("MLK-1L", "0.90");
        TestDevice receiver = TestDevice.of(depot, depot.addUser(Role.RECEIVER, west.id()));
        PurchaseOrderView purchase = fixtures.purchaseOrder(west, "0", 15, milk);
        receiver.send(new ReceiveGoods(purchase.id(), milk.gtin(), new BigDecimal("5"), "M-SOON", LocalDate.of(2027, 2, 1), null, false));
        receiver.send(new ReceiveGoods(purchase.id(), milk.gtin(), BigDecimal.TEN, "M-LATE", LocalDate.of(2027, 6, 1), null, false));
        for (PutawayTaskView task : receiver.views(PutawayTaskView.class)) {
            receiver.send(new PutAway(task.id(), "A-01-1", task.quantity(), PutawayOverride.NEARER_BIN));
        }
        assertThat(lots(west, "A-01-1")).containsExactlyInAnyOrderEntriesOf(Map.of("M-SOON", "5", "M-LATE", "10"));

        UUID order = releasedOrder(fixtures, "C-2", west, milk, 8);

        TestDevice picker = TestDevice.of(depot, depot.addUser(Role.PICKER, west.id()));
        List<PickTaskView> picks = picker.views(PickTaskView.class).stream().filter(t -> t.orderId().equals(order)).toList();
        assertThat(picks).as("the lot that expires first first, then the next, one task each")
                .extracting(PickTaskView::binCode, PickTaskView::lot, t -> t.quantity().intValue())
                .containsExactlyInAnyOrder(
                        tuple("A-01-1", new PickTaskView.Lot("M-SOON", LocalDate.of(2027, 2, 1)), 5),
                        tuple("A-01-1", new PickTaskView.Lot("M-LATE", LocalDate.of(2027, 6, 1)), 3));
        PickTaskView soon = picks.stream().filter(t -> t.lot().code().equals("M-SOON")).findFirst().orElseThrow();
        PickTaskView late = picks.stream().filter(t -> t.lot().code().equals("M-LATE")).findFirst().orElseThrow();

        // the picker's label named the later lot for the first task: a physical fact, the ledger follows the label
        assertThat(picker.send(new ConfirmPick(soon.id(), "A-01-1", milk.gtin(), new BigDecimal("5"), "M-LATE")).outcome())
                .isEqualTo(Outcome.APPLIED);
        assertThat(lots(west, "A-01-1")).containsExactlyInAnyOrderEntriesOf(Map.of("M-SOON", "5", "M-LATE", "5"));
        // a label without a lot: the task's lot leaves the bin
        assertThat(picker.send(new ConfirmPick(late.id(), "A-01-1", milk.gtin(), new BigDecimal("3"), null)).outcome())
                .isEqualTo(Outcome.APPLIED);
        assertThat(lots(west, "A-01-1")).containsExactlyInAnyOrderEntriesOf(Map.of("M-SOON", "5", "M-LATE", "2"));
        assertThat(lots(west, "PACK-01")).containsExactlyEntriesOf(Map.of("M-LATE", "8"));
        Invariants.assertHold(depot.sql());
    }

    /** An order of a new customer of the warehouse for so many of the item, placed by a rep and released to the floor. */
    private static UUID releasedOrder(Fixtures fixtures, String customerCode, Fixtures.TestWarehouse warehouse, Fixtures.TestItem item,
                                      int quantity) {
        RunningDepot.TestUser rep = depot.addUser(Role.REP);
        UUID customer = fixtures.customer(customerCode, rep.id(), warehouse, "100000.00", "0");
        PlaceOrder order = new PlaceOrder(UUID.randomUUID(), customer, List.of(new PlaceOrder.Line(item.id(), new BigDecimal(quantity), null,
                null)), null, null, null);
        assertThat(TestDevice.of(depot, rep).send(order).outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(depot.as(Role.ORDER_DESK).post("api/orders/" + order.orderId() + "/release").status()).isEqualTo(200);
        return order.orderId();
    }

    /** The lots a location of the warehouse holds of anything, lot → quantity as plain text. */
    private static Map<String, String> lots(Fixtures.TestWarehouse warehouse, String location) {
        return depot.sql().rows("SELECT b.lot, b.quantity FROM stock_lot_balance b JOIN location l ON l.id = b.location_id "
                        + "WHERE l.warehouse_id = ? AND l.code = ? AND b.quantity > 0", warehouse.id(), location).stream()
                .collect(Collectors.toMap(row -> (String) row.get("lot"), row -> ((BigDecimal) row.get("quantity")).stripTrailingZeros()
                        .toPlainString()));
    }
}
