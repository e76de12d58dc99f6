package dev.depot.server.syncapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.depot.model.changes.ChangeEntry;
import dev.depot.model.changes.ChangeOp;
import dev.depot.model.commands.CommandResult;
import dev.depot.model.commands.ConfirmPick;
import dev.depot.model.commands.DeviceCommand;
import dev.depot.model.commands.Outcome;
import dev.depot.model.commands.PlaceOrder;
import dev.depot.model.identity.Role;
import dev.depot.model.views.OrderStatus;
import dev.depot.model.views.OrderView;
import dev.depot.model.views.PickTaskStatus;
import dev.depot.model.views.PickTaskView;
import dev.depot.server.inventory.LocationType;
import dev.depot.server.testing.ApiClient;
import dev.depot.server.testing.Fixtures;
import dev.depot.server.testing.Invariants;
import dev.depot.server.testing.RunningDepot;
import dev.depot.server.testing.TestDevice;
import dev.depot.sync.client.HttpSyncTransport;
import dev.depot.sync.client.SyncRefusedException;
import dev.depot.sync.protocol.CommandEnvelope;
import dev.depot.sync.protocol.DeviceRegistration;
import dev.depot.sync.protocol.PullResponse;
import dev.depot.sync.protocol.PushRequest;
import dev.depot.sync.protocol.RegisterDevice;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What devices can count on: nothing vanishes, nothing leaks, news arrives under a new version, bad pushes change nothing. */
class SyncGuaranteesTest {

    @RegisterExtension
    static RunningDepot depot = new RunningDepot();

    static HttpSyncTransport transport;
    static Fixtures fixtures;
    static Fixtures.TestWarehouse main;
    static Fixtures.TestWarehouse east;
    static Fixtures.TestItem item;
    static RunningDepot.TestUser rep;
    static UUID customer;

    @BeforeAll
    static void aWarehouseAnItemAndARepsCustomer() {
        fixtures = new Fixtures(depot);
        main = fixtures.warehouse("MAIN");
        east = fixtures.warehouse("EAST");
        item = fixtures.item("WIDGET", "2.00");
        fixtures.stock(item, main, "A-01-1", 6);
        fixtures.stock(item, main, "A-02-1", 500);
        rep = depot.addUser(Role.REP);
        customer = fixtures.customer("C-1", rep.id(), main, "100000.00", "0");
        transport = new HttpSyncTransport(depot.uri(), Duration.ofSeconds(10));
    }

    @Test
    void aCommandIsReportedDoneOnlyOnceThePullHasBroughtItsEffects() throws Exception {
        DeviceRegistration phone = register(rep);
        PullResponse copy = transport.pull(phone.token(), null, 0, Duration.ZERO);
        PlaceOrder order = order(customer, "3");

        try (Connection olderTransaction = depot.sql().connect()) {
            olderTransaction.setAutoCommit(false);
            olderTransaction.createStatement().execute("SELECT pg_current_xact_id()"); // running, so the feed horizon stays behind it
            transport.push(phone.token(), new PushRequest(phone.deviceId(), List.of(envelope(phone, 1, order))));

            PullResponse meanwhile = transport.pull(phone.token(), copy.cursor(), 0, Duration.ZERO);
            assertThat(meanwhile.changes()).isEmpty();
            assertThat(meanwhile.lastSeq()).as("the order is not served yet, so the device must keep it pending").isZero();
            olderTransaction.commit();
        }

        // the horizon is cluster-wide: other databases' transactions may hold it back a moment longer
        PullResponse after = TestDevice.pullUntil(transport, phone.token(), copy.cursor(), pull -> pull.lastSeq() == 1);
        assertThat(after.lastSeq()).isEqualTo(1);
        assertThat(after.changes()).extracting(ChangeEntry::entityId).contains(order.orderId());
    }

    @Test
    void partialPicksReachTheRepsPhoneUnderNewVersions() {
        DeviceRegistration phone = register(rep);
        PlaceOrder order = order(customer, "10"); // 6 from A-01-1 and 4 from A-02-1: two tasks
        transport.push(phone.token(), new PushRequest(phone.deviceId(), List.of(envelope(phone, 1, order))));
        depot.as(Role.ORDER_DESK).post("api/orders/" + order.orderId() + "/release");
        PullResponse copy = transport.pull(phone.token(), null, 0, Duration.ZERO);
        DeviceRegistration scanner = register(depot.addUser(Role.PICKER, main.id()));
        List<PickTaskView> tasks = tasks(scanner, order.orderId());

        PickTaskView first = tasks.getFirst();
        transport.push(scanner.token(), new PushRequest(scanner.deviceId(), List.of(envelope(scanner, 1,
                new ConfirmPick(first.id(), first.binCode(), item.sku(), first.quantity(), null)))));
        PullResponse delta = transport.pull(phone.token(), copy.cursor(), 0, Duration.ZERO);

        OrderView seen = orderIn(delta, order.orderId());
        assertThat(seen.lines().getFirst().picked()).isEqualByComparingTo(first.quantity());
        assertThat(versionIn(delta, order.orderId())).isGreaterThan(versionIn(copy, order.orderId()));
        Invariants.assertHold(depot.sql());
    }

    @Test
    void aShortPickHoldsTheBinAndTheRestComesFromAnotherSoTheOrderShipsWhole() {
        Fixtures.TestItem bolts = fixtures.item("BOLT-SHORT", "1.00");
        fixtures.stock(bolts, main, "A-01-1", 6);
        fixtures.stock(bolts, main, "A-02-1", 20);
        DeviceRegistration phone = register(rep);
        PlaceOrder order = new PlaceOrder(UUID.randomUUID(), customer, List.of(new PlaceOrder.Line(bolts.id(), new BigDecimal("4"), null,
                bolts.unitPrice())), null, null, null);
        transport.push(phone.token(), new PushRequest(phone.deviceId(), List.of(envelope(phone, 1, order))));
        ApiClient desk = depot.as(Role.ORDER_DESK);
        desk.post("api/orders/" + order.orderId() + "/release");
        DeviceRegistration scanner = register(depot.addUser(Role.PICKER, main.id()));
        PickTaskView task = tasks(scanner, order.orderId()).getFirst();

        transport.push(scanner.token(), new PushRequest(scanner.deviceId(), List.of(envelope(scanner, 1,
                new ConfirmPick(task.id(), task.binCode(), task.gtin(), BigDecimal.ONE, null)))));
        BigDecimal onHandWhileHeld = onHand(bolts);
        PickTaskView rest = tasks(scanner, order.orderId()).stream().filter(t -> t.status() == PickTaskStatus.OPEN).findFirst().orElseThrow();
        transport.push(scanner.token(), new PushRequest(scanner.deviceId(), List.of(envelope(scanner, 2,
                new ConfirmPick(rest.id(), rest.binCode(), rest.gtin(), rest.quantity(), null)))));
        desk.post("api/orders/" + order.orderId() + "/ship");
        var c = depot.server().capabilities();
        c.transactions().run(em -> c.inventory().release(em, bolts.id(), c.inventory().location(em, main.locations().get("A-01-1"))));

        assertThat(task.binCode()).isEqualTo("A-01-1");
        assertThat(onHandWhileHeld).as("A-01-1 on hold: only A-02-1 counts").isEqualByComparingTo("20");
        assertThat(rest.binCode()).isEqualTo("A-02-1");
        assertThat(rest.quantity()).isEqualByComparingTo("3");
        var line = desk.get("api/orders/" + order.orderId()).json().getJsonObject("order").getJsonArray("lines").getJsonObject(0);
        assertThat(line.getJsonNumber("shipped").bigDecimalValue()).isEqualByComparingTo("4");
        assertThat(line.getJsonNumber("backordered").bigDecimalValue()).isEqualByComparingTo("0");
        assertThat(onHand(bolts)).as("counted: the bin's 5 count again").isEqualByComparingTo("22");
        Invariants.assertHold(depot.sql());
    }

    private static BigDecimal onHand(Fixtures.TestItem of) {
        return depot.sql().decimal("SELECT on_hand FROM stock_position WHERE item_id = ? AND warehouse_id = ?", of.id(), main.id());
    }

    @Test
    void aPickerCannotConfirmATaskOfAnotherWarehouse() {
        DeviceRegistration phone = register(rep);
        PlaceOrder order = order(customer, "2");
        transport.push(phone.token(), new PushRequest(phone.deviceId(), List.of(envelope(phone, 1, order))));
        depot.as(Role.ORDER_DESK).post("api/orders/" + order.orderId() + "/release");
        PickTaskView task = tasks(register(depot.addUser(Role.PICKER, main.id())), order.orderId()).getFirst();
        DeviceRegistration eastScanner = register(depot.addUser(Role.PICKER, east.id()));

        CommandResult result = transport.push(eastScanner.token(), new PushRequest(eastScanner.deviceId(), List.of(
                envelope(eastScanner, 1, new ConfirmPick(task.id(), task.binCode(), task.gtin(), task.quantity(), null))))).results().getFirst();

        assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(result.code()).isEqualTo("FORBIDDEN");
        assertThat(depot.sql().count("SELECT count(*) FROM stock_movement WHERE source_id = ?", task.id())).isZero();
    }

    @Test
    void aScanOfAnotherWarehousesBinIsRefusedAndNothingMoves() {
        var c = depot.server().capabilities();
        c.transactions().run(em -> c.inventory().addLocation(em, east.id(), "E-01-1", LocationType.STORAGE, 10));
        DeviceRegistration phone = register(rep);
        PlaceOrder order = order(customer, "2");
        transport.push(phone.token(), new PushRequest(phone.deviceId(), List.of(envelope(phone, 1, order))));
        depot.as(Role.ORDER_DESK).post("api/orders/" + order.orderId() + "/release");
        DeviceRegistration scanner = register(depot.addUser(Role.PICKER, main.id()));
        PickTaskView task = tasks(scanner, order.orderId()).getFirst();

        CommandResult result = transport.push(scanner.token(), new PushRequest(scanner.deviceId(), List.of(
                envelope(scanner, 1, new ConfirmPick(task.id(), "E-01-1", task.gtin(), task.quantity(), null))))).results().getFirst();

        assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(result.code()).isEqualTo("INVALID");
        assertThat(result.message()).contains("E-01-1 is not a storage bin of this warehouse");
        assertThat(depot.sql().count("SELECT count(*) FROM stock_movement WHERE source_id = ?", task.id())).isZero();
        assertThat(tasks(scanner, order.orderId())).extracting(PickTaskView::status).containsOnly(PickTaskStatus.OPEN);
        Invariants.assertHold(depot.sql());
    }

    @Test
    void aMalformedPickIsRejectedWithItsReasonAndTheQueueMovesOn() {
        DeviceRegistration scanner = register(depot.addUser(Role.PICKER, main.id()));

        List<CommandResult> results = transport.push(scanner.token(), new PushRequest(scanner.deviceId(), List.of(
                envelope(scanner, 1, new ConfirmPick(null, "A-01-1", item.gtin(), null, null)),
                envelope(scanner, 2, new ConfirmPick(UUID.randomUUID(), "A-01-1", item.gtin(), BigDecimal.ONE, null))))).results();

        assertThat(results).extracting(CommandResult::code).containsExactly("INVALID", "UNKNOWN_REFERENCE");
        assertThat(results.getFirst().message()).contains("taskId");
    }

    @Test
    void whenARepIsGivenAnotherCustomerTheNextPullIsAFreshCopyWithIt() {
        DeviceRegistration phone = register(rep);
        PullResponse copy = transport.pull(phone.token(), null, 0, Duration.ZERO);
        UUID newCustomer = fixtures.customer("C-NEW", rep.id(), main, "1000.00", "0");

        PullResponse next = transport.pull(phone.token(), copy.cursor(), 0, Duration.ZERO);

        assertThat(next.reset()).isTrue();
        assertThat(next.scopes()).contains("customer:" + newCustomer);
        assertThat(next.changes()).extracting(ChangeEntry::entityId).contains(newCustomer);
    }

    @Test
    void aPushOverTheBatchLimitIsRefusedWhole() {
        DeviceRegistration phone = register(rep);
        List<CommandEnvelope> tooMany = new ArrayList<>();
        for (int seq = 1; seq <= CommandIntake.MAX_BATCH + 1; seq++) {
            tooMany.add(envelope(phone, seq, order(customer, "1")));
        }

        assertThatThrownBy(() -> transport.push(phone.token(), new PushRequest(phone.deviceId(), tooMany)))
                .isInstanceOfSatisfying(SyncRefusedException.class, e -> assertThat(e.status()).isEqualTo(413));
        assertThat(depot.sql().count("SELECT count(*) FROM device_command WHERE device_id = ?", phone.deviceId())).isZero();
    }

    @Test
    void aCursorThatWasNeverIssuedIsRefused() {
        DeviceRegistration phone = register(rep);

        assertThatThrownBy(() -> transport.pull(phone.token(), "not-a-cursor", 0, Duration.ZERO))
                .isInstanceOfSatisfying(SyncRefusedException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void whatAChangeBringsEqualsWhatAFreshCopyHoldsAndShippedTasksLeaveTheHandhelds() {
        DeviceRegistration phone = register(rep);
        DeviceRegistration scanner = register(depot.addUser(Role.PICKER, main.id()));
        PullResponse phoneCopy = transport.pull(phone.token(), null, 0, Duration.ZERO);
        PullResponse scannerCopy = transport.pull(scanner.token(), null, 0, Duration.ZERO);
        PlaceOrder order = order(customer, "2"); // a whole number: the ledgers keep 2.000
        transport.push(phone.token(), new PushRequest(phone.deviceId(), List.of(envelope(phone, 1, order))));
        ApiClient desk = depot.as(Role.ORDER_DESK);
        desk.post("api/orders/" + order.orderId() + "/release");
        PickTaskView task = tasks(scanner, order.orderId()).getFirst();
        transport.push(scanner.token(), new PushRequest(scanner.deviceId(), List.of(envelope(scanner, 1,
                new ConfirmPick(task.id(), task.binCode(), item.sku(), task.quantity(), null)))));

        PullResponse delta = TestDevice.pullUntil(transport, phone.token(), phoneCopy.cursor(), pull -> pull.changes().stream()
                .anyMatch(c -> c.payload() instanceof OrderView o && o.id().equals(order.orderId()) && o.status() == OrderStatus.PICKED));
        assertThat(orderIn(delta, order.orderId())).as("the order as published equals the order as read back")
                .isEqualTo(orderIn(transport.pull(phone.token(), null, 0, Duration.ZERO), order.orderId()));
        PullResponse picked = TestDevice.pullUntil(transport, scanner.token(), scannerCopy.cursor(), pull -> pull.lastSeq() == 1);
        assertThat(picked.changes()).filteredOn(c -> c.entityId().equals(task.id())).last()
                .satisfies(c -> assertThat(c.payload()).as("a picked task stays on the floor until its order ships")
                        .isEqualTo(tasks(scanner, order.orderId()).getFirst()));

        assertThat(desk.post("api/orders/" + order.orderId() + "/ship").status()).isEqualTo(200);
        PullResponse shipped = TestDevice.pullUntil(transport, scanner.token(), picked.cursor(),
                pull -> pull.changes().stream().anyMatch(c -> c.entityId().equals(task.id())));
        assertThat(shipped.changes()).filteredOn(c -> c.entityId().equals(task.id())).singleElement()
                .satisfies(c -> assertThat(c.op()).isEqualTo(ChangeOp.DELETE));
        assertThat(tasks(scanner, order.orderId())).as("a fresh copy agrees: the task is off the floor").isEmpty();
        Invariants.assertHold(depot.sql());
    }

    private static BigDecimal available() {
        return depot.sql().decimal("SELECT on_hand - reserved FROM stock_position WHERE item_id = ? AND warehouse_id = ?",
                item.id(), main.id());
    }

    private static List<PickTaskView> tasks(DeviceRegistration scanner, UUID orderId) {
        List<PickTaskView> tasks = new ArrayList<>(transport.pull(scanner.token(), null, 0, Duration.ZERO).changes().stream()
                .map(ChangeEntry::payload).filter(PickTaskView.class::isInstance).map(PickTaskView.class::cast)
                .filter(t -> t.orderId().equals(orderId)).toList());
        tasks.sort((a, b) -> Integer.compare(a.walkSequence(), b.walkSequence()));
        return Collections.unmodifiableList(tasks);
    }

    private static OrderView orderIn(PullResponse pull, UUID orderId) {
        return pull.changes().stream().map(ChangeEntry::payload).filter(OrderView.class::isInstance).map(OrderView.class::cast)
                .filter(o -> o.id().equals(orderId)).reduce((a, b) -> b).orElseThrow();
    }

    private static long versionIn(PullResponse pull, UUID orderId) {
        return pull.changes().stream().filter(c -> c.entityId().equals(orderId)).mapToLong(ChangeEntry::version).max().orElseThrow();
    }

    private static DeviceRegistration register(RunningDepot.TestUser user) {
        return transport.register(new RegisterDevice(user.username(), RunningDepot.PASSWORD, "handheld", "test"));
    }

    private static CommandEnvelope envelope(DeviceRegistration device, long seq, DeviceCommand command) {
        return new CommandEnvelope(UUID.randomUUID(), device.deviceId(), seq, Instant.now(), Map.of(), command);
    }

    private static PlaceOrder order(UUID customerId, String quantity) {
        return new PlaceOrder(UUID.randomUUID(), customerId, List.of(new PlaceOrder.Line(item.id(), new BigDecimal(quantity), null,
                item.unitPrice())), null, null, null);
    }
}
