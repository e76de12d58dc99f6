package dev.depot.server.transfers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.depot.model.commands.CommandResult;
import dev.depot.model.commands.LoadTransfer;
import dev.depot.model.commands.Outcome;
import dev.depot.model.commands.ReceiveTransfer;
import dev.depot.model.identity.Role;
import dev.depot.model.views.PutawayTaskView;
import dev.depot.model.views.TransferView;
import dev.depot.server.purchasing.Disposition;
import dev.depot.server.purchasing.Inspection;
import dev.depot.server.testing.ApiClient;
import dev.depot.server.testing.ApiResponse;
import dev.depot.server.testing.Fixtures;
import dev.depot.server.testing.Invariants;
import dev.depot.server.testing.RunningDepot;
import dev.depot.server.testing.TestDevice;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Stock moves from one warehouse to another through in-transit: the sender's supervisor opens a
 * transfer (its goods reserved there), pickers load it by scan, dispatch puts it on the road at
 * moving-average cost, and the other warehouse's receivers scan it into receiving for putaway. Each
 * warehouse's available to promise follows, and a bad request or scan changes nothing.
 */
class TransferringStockBetweenWarehousesTest {

    private static final AtomicInteger ITEMS = new AtomicInteger();

    @RegisterExtension
    static RunningDepot depot = new RunningDepot();

    static Fixtures fixtures;
    static Fixtures.TestWarehouse main;
    static Fixtures.TestWarehouse east;
    static ApiClient mainSupervisor;
    static TestDevice picker;
    static TestDevice receiver;

    @BeforeAll
    static void twoWarehouses() {
        fixtures = new Fixtures(depot);
        main = fixtures.warehouse("MAIN");
        east = fixtures.warehouse("EAST");
        mainSupervisor = depot.signedIn(depot.addUser(Role.SUPERVISOR, main.id()));
        picker = TestDevice.of(depot, depot.addUser(Role.PICKER, main.id()));
        receiver = TestDevice.of(depot, depot.addUser(Role.RECEIVER, east.id()));
    }

    @AfterEach
    void stockEqualsTheLedgerAndTheBooksBalance() {
        Invariants.assertHold(depot.sql());
    }

    @Test
    void goodsTravelFromOneWarehouseToTheOtherAtCostAndArePutAwayThere() {
        Fixtures.TestItem item = stockedItem(); // 40 in A-01-2 and 10 in A-02-1 at MAIN, costing 6.00 each
        TransferView opened = open(item, 30).as(TransferView.class);
        assertThat(opened.status()).isEqualTo(TransferView.Status.LOADING);
        assertThat(opened.lines()).singleElement().satisfies(line -> assertThat(line.fromCode()).as("the fullest bin").isEqualTo("A-01-2"));
        assertThat(available("MAIN", item).getFirst()).as("MAIN no longer promises what it sends").isEqualTo(new Day("today", 20));
        assertThat(available("EAST", item)).as("EAST promises it from the day it is due")
                .containsExactly(new Day("today", 0), new Day("tomorrow", 30));
        assertThat(picker.views(TransferView.class)).extracting(TransferView::number).contains(opened.number());

        TransferView.Line line = opened.lines().getFirst();
        CommandResult loaded = picker.send(new LoadTransfer(opened.id(), line.id(), "A-01-2", item.gtin(), new BigDecimal("24")));
        assertThat(loaded.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(loaded.message()).isEqualTo("24 loaded onto SHIP-01");
        assertThat(loaded.nextStep()).isEqualTo("Load the other 6.");
        assertThat(fixtures.balance(item, main, "A-01-2")).isEqualByComparingTo("16");
        assertThat(fixtures.balance(item, main, "SHIP-01")).isEqualByComparingTo("24");

        ApiResponse dispatched = mainSupervisor.post("api/transfers/" + opened.id() + "/dispatch");
        assertThat(dispatched.status()).as(dispatched.body()).isEqualTo(200);
        assertThat(dispatched.as(TransferView.class).status()).isEqualTo(TransferView.Status.IN_TRANSIT);
        assertThat(fixtures.balance(item, main, "SHIP-01")).isZero();
        assertThat(fixtures.balance(item, east, "IN-TRANSIT")).isEqualByComparingTo("24");
        assertThat(available("MAIN", item).getFirst()).as("the 6 not loaded are free again at MAIN").isEqualTo(new Day("today", 26));
        assertThat(available("EAST", item)).containsExactly(new Day("today", 0), new Day("tomorrow", 24));
        assertThat(inTransitAccount()).as("24 × 6.00 on the road").isEqualByComparingTo("144.00");
        assertThat(picker.views(TransferView.class)).as("gone from the sender's handhelds").extracting(TransferView::id)
                .doesNotContain(opened.id());
        assertThat(receiver.views(TransferView.class)).filteredOn(t -> t.id().equals(opened.id())).singleElement()
                .satisfies(t -> assertThat(t.isArrivingAt(east.id())).isTrue());

        CommandResult received = receiver.send(new ReceiveTransfer(opened.id(), item.sku(), new BigDecimal("24"), false));
        assertThat(received.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(received.message()).isEqualTo("24 × " + item.sku() + " received from " + opened.number() + " into RCV-01");
        assertThat(fixtures.balance(item, east, "IN-TRANSIT")).isZero();
        assertThat(fixtures.balance(item, east, "RCV-01")).isEqualByComparingTo("24");
        assertThat(inTransitAccount()).as("off the road, back in inventory at the same cost").isZero();
        assertThat(receiver.views(PutawayTaskView.class)).filteredOn(t -> t.itemId().equals(item.id())).singleElement()
                .satisfies(task -> {
                    assertThat(task.purchaseOrderNumber()).isEqualTo(opened.number());
                    assertThat(task.quantity()).isEqualByComparingTo("24");
                });
        assertThat(receiver.views(TransferView.class)).as("received in full").extracting(TransferView::id).doesNotContain(opened.id());
        assertThat(available("EAST", item)).as("in receiving counts today").containsExactly(new Day("today", 24));
    }

    @Test
    void aTransferIsOpenedWholeOrNotAtAll() {
        Fixtures.TestItem item = stockedItem();
        Fixtures.TestItem other = stockedItem();
        long transfers = depot.sql().count("SELECT count(*) FROM transfer_order");

        Map<Map<String, Object>, String> refusals = new LinkedHashMap<>();
        refusals.put(body("MAIN", "EAST", List.of(line(other.sku(), 5), line(item.sku(), 60))),
                "MAIN has 50 of " + item.sku() + " available, not 60");
        refusals.put(body("MAIN", "MAIN", List.of(line(item.sku(), 5))), "a transfer goes to another warehouse than MAIN");
        refusals.put(body("MAIN", "NOWHERE", List.of(line(item.sku(), 5))), "no warehouse NOWHERE");
        refusals.put(body("MAIN", "EAST", List.of(line("NO-SUCH-SKU", 5))), "no item NO-SUCH-SKU");
        refusals.put(body("MAIN", "EAST", List.of(line(item.sku(), 5), line(item.sku(), 5))), "is on the transfer already");
        refusals.put(body("MAIN", "EAST", List.of(line(item.sku(), 0))), "lines[0].quantity");
        refusals.put(body("MAIN", "EAST", List.of()), "a transfer moves at least one item");
        refusals.put(Map.of("from", "MAIN", "to", "EAST", "expectedOn", LocalDate.now().minusDays(1).toString(),
                "lines", List.of(line(item.sku(), 5))), "today or later");
        refusals.forEach((body, problem) -> {
            ApiResponse response = mainSupervisor.post("api/transfers", body);
            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.contentType()).isEqualTo("application/problem+json");
            assertThat(response.body()).contains(problem);
        });
        assertThat(depot.signedIn(depot.addUser(Role.SUPERVISOR, east.id())).post("api/transfers",
                body("MAIN", "EAST", List.of(line(item.sku(), 5)))).status()).as("EAST does not send MAIN's stock").isEqualTo(403);
        assertThat(depot.as(Role.PICKER).post("api/transfers", body("MAIN", "EAST", List.of(line(item.sku(), 5)))).status())
                .isEqualTo(403);

        assertThat(depot.sql().count("SELECT count(*) FROM transfer_order")).isEqualTo(transfers);
        assertThat(available("MAIN", other).getFirst()).as("the line that fitted is not reserved either").isEqualTo(new Day("today", 50));
    }

    @Test
    void loadsAndReceiptsAreCheckedByScanAndABadOneMovesNothing() {
        Fixtures.TestItem item = stockedItem();
        Fixtures.TestItem other = stockedItem();
        TransferView transfer = open(item, 20).as(TransferView.class);
        UUID line = transfer.lines().getFirst().id();
        assertThat(mainSupervisor.post("api/transfers/" + transfer.id() + "/dispatch").status()).as("nothing loaded yet").isEqualTo(409);
        assertThat(receiver.send(new ReceiveTransfer(transfer.id(), item.sku(), BigDecimal.ONE, false)).message())
                .contains("has not left MAIN yet");
        long movements = depot.sql().count("SELECT count(*) FROM stock_movement");

        assertThat(picker.send(new LoadTransfer(transfer.id(), line, "A-01-2", other.gtin(), BigDecimal.TEN)).message())
                .contains("but the line is for " + item.sku());
        assertThat(picker.send(new LoadTransfer(transfer.id(), line, "Z-99", item.gtin(), BigDecimal.TEN)).message())
                .contains("Z-99 is not a storage bin of this warehouse");
        assertThat(picker.send(new LoadTransfer(transfer.id(), line, "A-01-2", item.gtin(), BigDecimal.ZERO)).message())
                .contains("must be more than zero");
        assertThat(picker.send(new LoadTransfer(UUID.randomUUID(), line, "A-01-2", item.gtin(), BigDecimal.TEN)).outcome())
                .isEqualTo(Outcome.REJECTED);
        assertThat(TestDevice.of(depot, depot.addUser(Role.PICKER, east.id()))
                .send(new LoadTransfer(transfer.id(), line, "A-01-2", item.gtin(), BigDecimal.TEN)).message())
                .contains("is sent by another warehouse than yours");
        assertThat(TestDevice.of(depot, depot.addUser(Role.RECEIVER, main.id()))
                .send(new LoadTransfer(transfer.id(), line, "A-01-2", item.gtin(), BigDecimal.TEN)).outcome())
                .as("loading is pickers' and supervisors' work").isEqualTo(Outcome.REJECTED);
        assertThat(depot.sql().count("SELECT count(*) FROM stock_movement")).isEqualTo(movements);

        CommandResult otherBin = picker.send(new LoadTransfer(transfer.id(), line, "A-02-1", item.gtin(), BigDecimal.TEN));
        assertThat(otherBin.outcome()).as("the goods are on the truck all the same").isEqualTo(Outcome.ADJUSTED);
        assertThat(otherBin.message()).isEqualTo("10 loaded onto SHIP-01. taken from A-02-1, not A-01-2");
        CommandResult more = picker.send(new LoadTransfer(transfer.id(), line, "A-01-2", item.gtin(), new BigDecimal("12")));
        assertThat(more.message()).contains("loaded 12 where 10 were asked for");
        assertThat(mainSupervisor.post("api/transfers/" + transfer.id() + "/dispatch").status()).isEqualTo(200);
        assertThat(mainSupervisor.post("api/transfers/" + transfer.id() + "/dispatch").status()).as("it left already").isEqualTo(409);
        assertThat(mainSupervisor.post("api/transfers/" + UUID.randomUUID() + "/dispatch").status()).isEqualTo(404);

        movements = depot.sql().count("SELECT count(*) FROM stock_movement");
        assertThat(receiver.send(new ReceiveTransfer(transfer.id(), other.sku(), BigDecimal.ONE, false)).message())
                .endsWith(other.sku() + " is not on " + transfer.number() + "; set the goods aside and tell the office");
        assertThat(TestDevice.of(depot, depot.addUser(Role.RECEIVER, main.id()))
                .send(new ReceiveTransfer(transfer.id(), item.sku(), BigDecimal.ONE, false)).message())
                .contains("goes to another warehouse than yours");
        assertThat(depot.sql().count("SELECT count(*) FROM stock_movement")).isEqualTo(movements);

        CommandResult over = receiver.send(new ReceiveTransfer(transfer.id(), item.gtin(), new BigDecimal("25"), false));
        assertThat(over.outcome()).as("more came than was loaded: recorded and flagged").isEqualTo(Outcome.ADJUSTED);
        assertThat(over.message()).contains("That makes 25 where 22 were loaded; a supervisor will check the delivery");
        assertThat(fixtures.balance(item, east, "RCV-01")).isEqualByComparingTo("25");
    }

    @Test
    void damagedGoodsOffATransferWaitInQuarantineToBeReleasedOrScrappedNotReturnedToASupplier() {
        Fixtures.TestItem item = stockedItem();
        TransferView transfer = open(item, 10).as(TransferView.class);
        picker.send(new LoadTransfer(transfer.id(), transfer.lines().getFirst().id(), "A-01-2", item.gtin(), BigDecimal.TEN));
        assertThat(mainSupervisor.post("api/transfers/" + transfer.id() + "/dispatch").status()).isEqualTo(200);

        CommandResult crushed = receiver.send(new ReceiveTransfer(transfer.id(), item.gtin(), new BigDecimal("4"), true));
        assertThat(crushed.message()).isEqualTo("4 × " + item.sku() + " received from " + transfer.number()
                + ", damaged: put it in quarantine (QUA-01)");
        assertThat(fixtures.balance(item, east, "QUA-01")).isEqualByComparingTo("4");
        var c = depot.server().capabilities();
        Inspection.Quarantined waiting = c.transactions().inTransaction(em -> c.inspection().queue(em, east.id())).stream()
                .filter(q -> q.sku().equals(item.sku())).findFirst().orElseThrow();
        assertThat(waiting.purchaseOrderNumber()).isEqualTo(transfer.number());
        assertThat(waiting.supplierName()).as("who sent them").isEqualTo("MAIN warehouse");
        Inspection.Inspector supervisor = new Inspection.Inspector(depot.addUser(Role.SUPERVISOR, east.id()).id(), east.id());

        assertThatThrownBy(() -> c.transactions().run(em -> c.inspection().decide(em, new Inspection.Decision(waiting.receiptId(),
                Disposition.RETURN_TO_SUPPLIER, BigDecimal.ONE, null, supervisor))))
                .hasMessageContaining("came from another warehouse, not a supplier");
        c.transactions().run(em -> c.inspection().decide(em, new Inspection.Decision(waiting.receiptId(), Disposition.RELEASE,
                new BigDecimal("3"), "only the box was dented", supervisor)));
        c.transactions().run(em -> c.inspection().decide(em, new Inspection.Decision(waiting.receiptId(), Disposition.SCRAP,
                BigDecimal.ONE, null, supervisor)));

        assertThat(fixtures.balance(item, east, "QUA-01")).isZero();
        assertThat(fixtures.balance(item, east, "RCV-01")).isEqualByComparingTo("3");
        assertThat(receiver.views(PutawayTaskView.class)).filteredOn(t -> t.itemId().equals(item.id())).singleElement()
                .satisfies(task -> assertThat(task.purchaseOrderNumber()).isEqualTo(transfer.number()));
        List<Inspection.Quarantined> stillWaiting = c.transactions().inTransaction(em -> c.inspection().queue(em, east.id()));
        assertThat(stillWaiting).extracting(Inspection.Quarantined::sku).doesNotContain(item.sku());
    }

    @Test
    void whatNeverArrivesIsWrittenOffWhenTheReceivingWarehouseClosesTheTransferShort() {
        Fixtures.TestItem item = stockedItem();
        TransferView transfer = open(item, 10).as(TransferView.class);
        picker.send(new LoadTransfer(transfer.id(), transfer.lines().getFirst().id(), "A-01-2", item.gtin(), BigDecimal.TEN));
        assertThat(mainSupervisor.post("api/transfers/" + transfer.id() + "/dispatch").status()).isEqualTo(200);
        receiver.send(new ReceiveTransfer(transfer.id(), item.gtin(), new BigDecimal("7"), false));
        BigDecimal onTheRoad = inTransitAccount();
        ApiClient eastSupervisor = depot.signedIn(depot.addUser(Role.SUPERVISOR, east.id()));
        String close = "api/transfers/" + transfer.id() + "/close";
        long movements = depot.sql().count("SELECT count(*) FROM stock_movement");

        assertRefused(eastSupervisor.post(close, Map.of("reason", " ")), 400, "say in 1 to 200 characters why");
        assertRefused(eastSupervisor.post(close, Map.of("reason", "x".repeat(201))), 400, "say in 1 to 200 characters why");
        assertRefused(mainSupervisor.post(close, Map.of("reason", "lost")), 403, "goes to another warehouse than yours");
        assertRefused(depot.as(Role.RECEIVER).post(close, Map.of("reason", "lost")), 403, "");
        assertRefused(eastSupervisor.post("api/transfers/" + UUID.randomUUID() + "/close", Map.of("reason", "lost")), 404, "");
        assertThat(depot.sql().count("SELECT count(*) FROM stock_movement")).as("a refused closing moves nothing").isEqualTo(movements);

        ApiResponse closed = eastSupervisor.post(close, Map.of("reason", "3 cases fell off the truck"));

        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(fixtures.balance(item, east, "IN-TRANSIT")).as("the 3 missing are written off").isZero();
        assertThat(inTransitAccount()).as("3 × 6.00 off the road, into the adjustments").isEqualByComparingTo(onTheRoad.subtract(
                new BigDecimal("18.00")));
        assertThat(depot.sql().count("SELECT count(*) FROM audit_log WHERE action = 'TRANSFER_CLOSED_SHORT' AND subject = ?",
                transfer.number())).isEqualTo(1);
        assertThat(receiver.views(TransferView.class)).as("done: gone from the receivers' handhelds").extracting(TransferView::id)
                .doesNotContain(transfer.id());
        assertThat(available("EAST", item)).as("nothing more is due").containsExactly(new Day("today", 7));
        assertThat(eastSupervisor.post(close, Map.of("reason", "again")).status()).as("closed already").isEqualTo(409);
        assertThat(receiver.send(new ReceiveTransfer(transfer.id(), item.gtin(), BigDecimal.ONE, false)).message())
                .as("late goods are not booked against a closed transfer").contains("was closed with what had come");
    }

    private static void assertRefused(ApiResponse response, int status, String problem) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.body()).contains(problem);
    }

    private static Fixtures.TestItem stockedItem() {
        Fixtures.TestItem item = fixtures.item("TRF-" + ITEMS.incrementAndGet(), "10.00");
        fixtures.stock(item, main, "A-01-2", 40);
        fixtures.stock(item, main, "A-02-1", 10);
        return item;
    }

    private static ApiResponse open(Fixtures.TestItem item, int quantity) {
        ApiResponse response = mainSupervisor.post("api/transfers", body("MAIN", "EAST", List.of(line(item.sku(), quantity))));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response;
    }

    private static Map<String, Object> body(String from, String to, List<Map<String, Object>> lines) {
        return Map.of("from", from, "to", to, "expectedOn", LocalDate.now().plusDays(1).toString(), "lines", lines);
    }

    private static Map<String, Object> line(String sku, int quantity) {
        return Map.of("item", sku, "quantity", quantity);
    }

    /** A day of available to promise: "today", "tomorrow" or the date, and the figure. */
    record Day(String from, int available) {
    }

    private static List<Day> available(String warehouse, Fixtures.TestItem item) {
        JsonObject atp = depot.as(Role.ORDER_DESK).get("api/availability?warehouse=" + warehouse + "&item=" + item.sku()).json();
        LocalDate today = LocalDate.parse(atp.getString("today"));
        return atp.getJsonArray("days").getValuesAs(JsonObject.class).stream().map(day -> {
            LocalDate date = LocalDate.parse(day.getString("date"));
            String from = date.equals(today) ? "today" : date.equals(today.plusDays(1)) ? "tomorrow" : date.toString();
            return new Day(from, day.getJsonNumber("available").intValue());
        }).toList();
    }

    private static BigDecimal inTransitAccount() {
        return depot.sql().decimal("SELECT COALESCE(SUM(debit), 0) - COALESCE(SUM(credit), 0) FROM journal_line WHERE account_code = '1350'");
    }
}
