package dev.depot.server.purchasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.depot.model.commands.CommandResult;
import dev.depot.model.commands.LinkCaseBarcode;
import dev.depot.model.commands.Outcome;
import dev.depot.model.commands.ReceiveGoods;
import dev.depot.model.gs1.Gtin;
import dev.depot.model.identity.Role;
import dev.depot.model.views.PurchaseOrderView;
import dev.depot.server.platform.ProblemException;
import dev.depot.server.testing.ApiClient;
import dev.depot.server.testing.ApiResponse;
import dev.depot.server.testing.Fixtures;
import dev.depot.server.testing.Invariants;
import dev.depot.server.testing.RunningDepot;
import dev.depot.server.testing.TestDevice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Receivers scan goods in against purchase orders on their handhelds: the goods are booked into
 * receiving (quarantine when damaged) at the order's cost with their lot, expiry and pallet, more
 * than ordered is recorded and flagged, and a scan that names nothing on the order changes nothing.
 */
class ReceivingAgainstPurchaseOrdersTest {

    private static final LocalDate EXPIRY = LocalDate.of(2027, 5, 31);
    private static final String PALLET = "106141411234567897";

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
    void stockEqualsTheLedgerAndTheBooksBalance() {
        Invariants.assertHold(depot.sql());
    }

    @Test
    void aLabelledPalletIsBookedIntoReceivingAtTheOrdersCost() {
        Fixtures.TestItem item = fixtures.item("RCV-A", "10.00");
        PurchaseOrderView order = fixtures.purchaseOrder(main, "0", 48, item);
        assertThat(receiver.views(PurchaseOrderView.class)).as("the receiver's handheld holds the open order")
                .extracting(PurchaseOrderView::number).contains(order.number());

        CommandResult result = receiver.send(new ReceiveGoods(order.id(), item.gtin(), new BigDecimal("24"), "LOT-7", EXPIRY, PALLET, false));

        assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(result.message()).isEqualTo("24 × RCV-A received on " + order.number() + " into RCV-01");
        assertThat(result.nextStep()).isEqualTo("Put the goods away from RCV-01.");
        assertThat(balance(item, "RCV-01")).isEqualByComparingTo("24");
        assertThat(depot.sql().decimal("SELECT COALESCE(SUM(on_hand), 0) FROM stock_position WHERE item_id = ?", item.id()))
                .as("goods in receiving cannot be promised yet").isZero();
        assertThat(depot.sql().rows("SELECT lot, expires_on, sscc, damaged FROM goods_receipt WHERE item_id = ?", item.id()))
                .singleElement().satisfies(receipt -> {
                    assertThat(receipt.get("lot")).isEqualTo("LOT-7");
                    assertThat(receipt.get("expires_on").toString()).isEqualTo("2027-05-31");
                    assertThat(receipt.get("sscc")).isEqualTo(PALLET);
                    assertThat(receipt.get("damaged")).isEqualTo(false);
                });
        // 24 at the item's cost of 6.00: inventory up, owed to the supplier until the invoice comes
        assertThat(depot.sql().decimal("""
                SELECT l.debit FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id
                WHERE e.source_type = 'RECEIPT' AND e.source_id = (SELECT movement_id FROM goods_receipt WHERE item_id = ?) AND l.debit > 0""",
                item.id())).isEqualByComparingTo("144.00");
        assertThat(receiver.views(PurchaseOrderView.class)).filteredOn(o -> o.id().equals(order.id()))
                .singleElement().satisfies(o -> assertThat(o.lines().getFirst().received()).isEqualByComparingTo("24"));
    }

    @Test
    void damagedGoodsGoToQuarantine() {
        Fixtures.TestItem item = fixtures.item("RCV-B", "10.00");
        PurchaseOrderView order = fixtures.purchaseOrder(main, "0", 12, item);

        CommandResult result = receiver.send(new ReceiveGoods(order.id(), item.sku(), new BigDecimal("2"), null, null, null, true));

        assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(result.message()).isEqualTo("2 × RCV-B received on " + order.number() + ", damaged: put it in quarantine (QUA-01)");
        assertThat(balance(item, "QUA-01")).isEqualByComparingTo("2");
        assertThat(balance(item, "RCV-01")).isZero();
    }

    @Test
    void casesScannedByTheirOwnBarcodeAreReceivedInEachesOnTheItemsLine() {
        Fixtures.TestItem item = fixtures.item("RCV-CASE", "10.00");
        PurchaseOrderView order = fixtures.purchaseOrder(main, "0", 36, item);
        String caseGtin = Fixtures.caseOf(Gtin.parse(item.gtin())).digits();
        assertThat(order.lines().getFirst().itemCase()).as("the handheld knows the case").isEqualTo(new PurchaseOrderView.Case(caseGtin, 12));

        CommandResult result = receiver.send(new ReceiveGoods(order.id(), caseGtin, new BigDecimal("24"), null, null, null, false));

        assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(balance(item, "RCV-01")).isEqualByComparingTo("24");
        assertThat(depot.sql().decimal("SELECT received_quantity FROM purchase_order_line WHERE purchase_order_id = ?", order.id()))
                .isEqualByComparingTo("24");
    }

    @Test
    void aCaseBarcodeMayNameNoOtherItemNorAnotherItemsCase() {
        Fixtures.TestItem first = fixtures.item("RCV-CASE-1", "10.00");
        Fixtures.TestItem second = fixtures.item("RCV-CASE-2", "10.00");
        var c = depot.server().capabilities();

        Map<Gtin, String> refusals = Map.of(
                Gtin.parse(second.gtin()), "already names RCV-CASE-2",
                Fixtures.caseOf(Gtin.parse(second.gtin())), "already names the case of RCV-CASE-2",
                Gtin.parse(first.gtin()), "is the barcode of one RCV-CASE-1, not of its case");
        refusals.forEach((taken, why) -> assertThatThrownBy(() -> c.transactions().run(em -> c.catalog().setCaseGtin(em,
                c.catalog().byId(em, first.id()).orElseThrow(), taken))).isInstanceOf(ProblemException.class).hasMessageContaining(why));
        assertThat(depot.sql().single("SELECT case_gtin FROM item WHERE id = ?", first.id()).toString())
                .isEqualTo(Fixtures.caseOf(Gtin.parse(first.gtin())).digits());
    }

    @Test
    void aReceiverLinksABarcodeDepotDoesNotKnowAsTheCaseOfAnItemOnTheOrderForEveryOpenOrderOfIt() {
        Fixtures.TestItem item = fixtures.itemWithoutCaseBarcode("RCV-LINK", "10.00");
        PurchaseOrderView order = fixtures.purchaseOrder(main, "0", 36, item);
        PurchaseOrderView later = fixtures.purchaseOrder(main, "0", 24, item);
        String caseGtin = Fixtures.caseOf(Gtin.parse(item.gtin())).digits();
        UUID lineId = order.lines().getFirst().id();
        assertThat(receiver.send(new ReceiveGoods(order.id(), caseGtin, new BigDecimal("12"), null, null, null, false)).outcome())
                .as("before the link the case names nothing").isEqualTo(Outcome.REJECTED);

        CommandResult linked = receiver.send(new LinkCaseBarcode(order.id(), lineId, caseGtin));

        assertThat(linked.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(linked.message()).isEqualTo("Barcode " + caseGtin + " is a case of 12 × RCV-LINK");
        assertThat(receiver.views(PurchaseOrderView.class)).filteredOn(o -> o.id().equals(order.id()) || o.id().equals(later.id()))
                .as("every open order of the item tells the handhelds").hasSize(2)
                .allSatisfy(o -> assertThat(o.lines().getFirst().itemCase()).isEqualTo(new PurchaseOrderView.Case(caseGtin, 12)));
        assertThat(depot.sql().single("SELECT case_gtin FROM item WHERE id = ?", item.id()).toString()).isEqualTo(caseGtin);
        assertThat(depot.sql().single("SELECT detail FROM audit_log WHERE action = 'CASE_BARCODE_LINKED' AND subject = 'RCV-LINK'"))
                .isEqualTo("case " + caseGtin + " of 12 each, scanned on " + order.number());
        assertThat(receiver.send(new LinkCaseBarcode(order.id(), lineId, caseGtin)).outcome()).as("the same link twice is one link")
                .isEqualTo(Outcome.APPLIED);
        assertThat(depot.sql().count("SELECT count(*) FROM audit_log WHERE action = 'CASE_BARCODE_LINKED' AND subject = 'RCV-LINK'"))
                .isEqualTo(1);

        CommandResult twoCases = receiver.send(new ReceiveGoods(order.id(), caseGtin, new BigDecimal("24"), null, null, null, false));
        assertThat(twoCases.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(depot.sql().decimal("SELECT received_quantity FROM purchase_order_line WHERE id = ?", lineId)).isEqualByComparingTo("24");
    }

    @Test
    void aLinkIsRefusedWhenTheBarcodeNamesAnotherItemOrTheCaseHasABarcodeOrTheSenderMayNotAndNothingChanges() {
        Fixtures.TestItem uncased = fixtures.itemWithoutCaseBarcode("RCV-LINK-2", "10.00");
        Fixtures.TestItem cased = fixtures.item("RCV-LINK-3", "10.00");
        PurchaseOrderView order = fixtures.purchaseOrder(main, "0", 12, uncased, cased);
        UUID uncasedLine = order.lines().get(0).id();
        UUID casedLine = order.lines().get(1).id();
        String newBarcode = Fixtures.caseOf(Gtin.parse(uncased.gtin())).digits();
        Map<String, Long> before = depot.sql().tableCounts();

        assertThat(receiver.send(new LinkCaseBarcode(order.id(), uncasedLine, cased.gtin()))).satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(r.message()).contains("already names RCV-LINK-3");
        });
        assertThat(receiver.send(new LinkCaseBarcode(order.id(), casedLine, newBarcode))).satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(r.message()).contains("RCV-LINK-3's case has barcode " + Fixtures.caseOf(Gtin.parse(cased.gtin())).shortForm()
                    + ", so " + newBarcode + " is something else: set the goods aside and tell the office");
        });
        assertThat(receiver.send(new LinkCaseBarcode(order.id(), uncasedLine, "14012345678909")).message()).contains("wrong check digit");
        assertThat(receiver.send(new LinkCaseBarcode(order.id(), UUID.randomUUID(), newBarcode)).message()).contains("is not on " + order.number());
        TestDevice picker = TestDevice.of(depot, depot.addUser(Role.PICKER, main.id()));
        assertThat(picker.send(new LinkCaseBarcode(order.id(), uncasedLine, newBarcode)).outcome()).as("a picker links no barcodes")
                .isEqualTo(Outcome.REJECTED);
        Fixtures.TestWarehouse other = fixtures.warehouse("WEST");
        TestDevice othersReceiver = TestDevice.of(depot, depot.addUser(Role.RECEIVER, other.id()));
        assertThat(othersReceiver.send(new LinkCaseBarcode(order.id(), uncasedLine, newBarcode)).message())
                .contains(order.number() + " is for another warehouse than yours");

        assertThat(depot.sql().single("SELECT case_gtin FROM item WHERE id = ?", uncased.id())).isNull();
        Map<String, Long> after = depot.sql().tableCounts();
        assertThat(after.get("audit_log")).isEqualTo(before.get("audit_log"));
    }

    @Test
    void anAnnouncedPalletReachesTheHandheldAndIsReceivedOnceByItsLabel() {
        Fixtures.TestItem first = fixtures.item("RCV-ASN-1", "10.00");
        Fixtures.TestItem second = fixtures.item("RCV-ASN-2", "10.00");
        PurchaseOrderView order = fixtures.purchaseOrder(main, "0", 24, first, second);
        ApiClient supervisor = depot.signedIn(depot.addUser(Role.SUPERVISOR, main.id()));

        ApiResponse announced = supervisor.post("api/purchase-orders/" + order.id() + "/asn", Map.of("pallets", List.of(Map.of(
                "sscc", PALLET, "lines", List.of(
                        Map.of("item", "RCV-ASN-1", "quantity", 24, "lot", "L-1", "expiry", EXPIRY.toString()),
                        Map.of("item", second.gtin(), "quantity", 12))))));

        assertThat(announced.status()).as(announced.body()).isEqualTo(201);
        PurchaseOrderView.Pallet pallet = receiver.views(PurchaseOrderView.class).stream().filter(o -> o.id().equals(order.id()))
                .findFirst().orElseThrow().pallet(PALLET).orElseThrow();
        assertThat(pallet.received()).isFalse();
        assertThat(pallet.lines()).extracting(l -> l.quantity().intValue(), PurchaseOrderView.PalletLine::lot)
                .containsExactly(tuple(24, "L-1"), tuple(12, null));

        for (PurchaseOrderView.PalletLine line : pallet.lines()) {
            String gtin = order.line(line.lineId()).orElseThrow().gtin();
            assertThat(receiver.send(new ReceiveGoods(order.id(), gtin, line.quantity(), line.lot(), line.expiry(), PALLET, false))
                    .outcome()).isEqualTo(Outcome.APPLIED);
        }

        assertThat(receiver.views(PurchaseOrderView.class)).filteredOn(o -> o.id().equals(order.id()))
                .allSatisfy(o -> assertThat(o.pallet(PALLET).orElseThrow().received()).isTrue());
        assertThat(depot.sql().count("SELECT count(*) FROM goods_receipt WHERE sscc = ? AND purchase_order_id = ?", PALLET, order.id()))
                .isEqualTo(2);
        assertThat(supervisor.get("api/purchase-orders/" + order.id()).as(PurchaseOrderView.class).lines())
                .extracting(l -> l.received().intValue()).containsExactly(24, 12);
    }

    @Test
    void aBadShipNoticeIsAnsweredWithAProblemAndRecordsNothing() {
        Fixtures.TestItem item = fixtures.item("RCV-ASN-3", "10.00");
        Fixtures.TestItem notOrdered = fixtures.item("RCV-ASN-4", "10.00");
        PurchaseOrderView order = fixtures.purchaseOrder(main, "0", 24, item);
        ApiClient supervisor = depot.signedIn(depot.addUser(Role.SUPERVISOR, main.id()));
        String path = "api/purchase-orders/" + order.id() + "/asn";
        String otherPallet = "106141411234567880";
        assertThat(supervisor.post(path, notice(otherPallet, item.sku(), 6)).status()).isEqualTo(201);
        long pallets = depot.sql().count("SELECT count(*) FROM asn_pallet");

        Map<Object, String> refusals = new LinkedHashMap<>();
        refusals.put(notice("106141411234567890", item.sku(), 6), "pallets[0].sscc");
        refusals.put(notice(otherPallet, item.sku(), 6), "pallet " + otherPallet + " is announced already");
        refusals.put(notice("106141411234567873", notOrdered.sku(), 6), "RCV-ASN-4 is not on " + order.number());
        refusals.put(notice("106141411234567873", item.sku(), 0), "pallets[0].lines[0].quantity");
        refusals.put(Map.of("pallets", List.of()), "announce at least one pallet");
        refusals.forEach((body, problem) -> {
            ApiResponse response = supervisor.post(path, body);
            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.contentType()).isEqualTo("application/problem+json");
            assertThat(response.body()).contains(problem);
        });
        assertThat(depot.as(Role.RECEIVER).post(path, notice("106141411234567873", item.sku(), 6)).status())
                .as("a receiver does not announce deliveries").isEqualTo(403);
        Fixtures.TestWarehouse other = fixtures.warehouse("NORTH");
        assertThat(depot.signedIn(depot.addUser(Role.SUPERVISOR, other.id())).post(path, notice("106141411234567873", item.sku(), 6))
                .body()).contains(order.number() + " is for another warehouse than yours");
        assertThat(supervisor.post("api/purchase-orders/" + UUID.randomUUID() + "/asn", notice("106141411234567873", item.sku(), 6))
                .status()).isEqualTo(404);
        assertThat(depot.sql().count("SELECT count(*) FROM asn_pallet")).isEqualTo(pallets);
    }

    private static Map<String, Object> notice(String sscc, String item, int quantity) {
        return Map.of("pallets", List.of(Map.of("sscc", sscc, "lines", List.of(Map.of("item", item, "quantity", quantity)))));
    }

    @Test
    void moreThanTheSupplierMayDeliverOverIsRecordedAndFlagged() {
        Fixtures.TestItem item = fixtures.item("RCV-C", "10.00");
        PurchaseOrderView order = fixtures.purchaseOrder(main, "10", 10, item);

        CommandResult withinTolerance = receiver.send(new ReceiveGoods(order.id(), item.gtin(), new BigDecimal("11"), null, null, null, false));
        CommandResult beyond = receiver.send(new ReceiveGoods(order.id(), item.gtin(), new BigDecimal("1"), null, null, null, false));

        assertThat(withinTolerance.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(beyond.outcome()).isEqualTo(Outcome.ADJUSTED);
        assertThat(beyond.code()).isEqualTo("OVER_RECEIVED");
        assertThat(beyond.message()).isEqualTo("1 × RCV-C received on " + order.number()
                + " into RCV-01. That makes 12 of 10 ordered, beyond what the supplier may deliver over; a supervisor will check the delivery");
        assertThat(balance(item, "RCV-01")).as("the goods are there, so the books say so").isEqualByComparingTo("12");
        assertThat(receiver.inbox()).extracting(e -> e.title()).contains("Received more than ordered");
    }

    @Test
    void anOrderReceivedInFullLeavesTheHandhelds() {
        Fixtures.TestItem first = fixtures.item("RCV-D", "10.00");
        Fixtures.TestItem second = fixtures.item("RCV-E", "10.00");
        PurchaseOrderView order = fixtures.purchaseOrder(main, "0", 5, first, second);

        receiver.send(new ReceiveGoods(order.id(), first.gtin(), new BigDecimal("5"), null, null, null, false));
        assertThat(receiver.views(PurchaseOrderView.class)).extracting(PurchaseOrderView::id).contains(order.id());
        receiver.send(new ReceiveGoods(order.id(), second.gtin(), new BigDecimal("5"), null, null, null, false));

        assertThat(depot.sql().single("SELECT status FROM purchase_order WHERE id = ?", order.id())).isEqualTo("RECEIVED");
        assertThat(receiver.views(PurchaseOrderView.class)).extracting(PurchaseOrderView::id).doesNotContain(order.id());
    }

    @Test
    void aReceiptThatNamesNothingOnTheOrderIsRefusedAndChangesNothing() {
        Fixtures.TestItem item = fixtures.item("RCV-F", "10.00");
        Fixtures.TestItem notOrdered = fixtures.item("RCV-G", "10.00");
        PurchaseOrderView order = fixtures.purchaseOrder(main, "0", 5, item);
        Fixtures.TestWarehouse other = fixtures.warehouse("EAST");
        PurchaseOrderView othersOrder = fixtures.purchaseOrder(other, "0", 5, item);
        Map<String, Long> before = depot.sql().tableCounts();

        assertThat(receiver.send(new ReceiveGoods(order.id(), notOrdered.gtin(), BigDecimal.ONE, null, null, null, false)))
                .satisfies(r -> {
                    assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
                    assertThat(r.message()).contains(notOrdered.gtin() + " is not on " + order.number() + "; set the goods aside and tell the office");
                });
        assertThat(receiver.send(new ReceiveGoods(othersOrder.id(), item.gtin(), BigDecimal.ONE, null, null, null, false)))
                .satisfies(r -> {
                    assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
                    assertThat(r.message()).contains(othersOrder.number() + " is for another warehouse than yours");
                });
        assertThat(receiver.send(new ReceiveGoods(UUID.randomUUID(), item.gtin(), BigDecimal.ONE, null, null, null, false)).outcome())
                .isEqualTo(Outcome.REJECTED);
        assertThat(receiver.send(new ReceiveGoods(order.id(), item.gtin(), BigDecimal.ZERO, null, null, null, false)))
                .satisfies(r -> {
                    assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
                    assertThat(r.message()).contains("must be more than zero");
                });
        assertThat(receiver.send(new ReceiveGoods(order.id(), item.gtin(), BigDecimal.ONE, null, null, "106141411234567890", false)))
                .satisfies(r -> {
                    assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
                    assertThat(r.message()).contains("wrong check digit");
                });
        TestDevice repPhone = TestDevice.of(depot, depot.addUser(Role.REP));
        assertThat(repPhone.send(new ReceiveGoods(order.id(), item.gtin(), BigDecimal.ONE, null, null, null, false)).outcome())
                .as("a rep does not receive goods").isEqualTo(Outcome.REJECTED);

        Map<String, Long> after = depot.sql().tableCounts();
        for (String unchanged : new String[] {"stock_movement", "stock_balance", "goods_receipt", "journal_entry", "journal_line"}) {
            assertThat(after.get(unchanged)).as(unchanged).isEqualTo(before.get(unchanged));
        }
        assertThat(depot.sql().decimal("SELECT received_quantity FROM purchase_order_line WHERE purchase_order_id = ?", order.id()))
                .isZero();
    }

    private static BigDecimal balance(Fixtures.TestItem item, String location) {
        return fixtures.balance(item, main, location);
    }
}
