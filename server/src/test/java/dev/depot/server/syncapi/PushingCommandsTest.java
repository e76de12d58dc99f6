package dev.depot.server.syncapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.depot.model.changes.ChangeEntry;
import dev.depot.model.commands.CommandResult;
import dev.depot.model.commands.ConfirmPick;
import dev.depot.model.commands.Outcome;
import dev.depot.model.commands.PlaceOrder;
import dev.depot.model.identity.Role;
import dev.depot.model.money.Money;
import dev.depot.model.views.CustomerView;
import dev.depot.model.views.OrderView;
import dev.depot.server.testing.Fixtures;
import dev.depot.server.testing.Invariants;
import dev.depot.server.testing.RunningDepot;
import dev.depot.sync.client.HttpSyncTransport;
import dev.depot.sync.client.SyncRefusedException;
import dev.depot.sync.protocol.CommandEnvelope;
import dev.depot.sync.protocol.DeviceRegistration;
import dev.depot.sync.protocol.PullResponse;
import dev.depot.sync.protocol.PushRequest;
import dev.depot.sync.protocol.PushResponse;
import dev.depot.sync.protocol.RegisterDevice;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A device's commands take effect exactly once, in order, and a bad one never wedges the queue. */
class PushingCommandsTest {

    @RegisterExtension
    static RunningDepot depot = new RunningDepot();

    static HttpSyncTransport transport;
    static Fixtures.TestItem item;
    static UUID customer;
    static UUID otherRepsCustomer;
    static RunningDepot.TestUser rep;

    @BeforeAll
    static void aRepWithACustomerAndAnItemInStock() {
        Fixtures fixtures = new Fixtures(depot);
        Fixtures.TestWarehouse main = fixtures.warehouse("MAIN");
        item = fixtures.item("WIDGET", "2.50");
        fixtures.stock(item, main, "A-01-1", 500);
        rep = depot.addUser(Role.REP);
        customer = fixtures.customer("C-1", rep.id(), main, "10000.00", "0");
        otherRepsCustomer = fixtures.customer("C-2", depot.addUser(Role.REP).id(), main, "10000.00", "0");
        transport = new HttpSyncTransport(depot.uri(), Duration.ofSeconds(10));
    }

    @Test
    void theSamePushSentTwiceTakesEffectOnce() {
        DeviceRegistration device = register(rep);
        PushRequest push = new PushRequest(device.deviceId(), List.of(envelope(device, 1, order(customer, "10"))));

        PushResponse first = transport.push(device.token(), push);
        PushResponse retry = transport.push(device.token(), push);

        assertThat(first.results()).singleElement().satisfies(r -> assertThat(r.outcome()).isEqualTo(Outcome.APPLIED));
        assertThat(retry).isEqualTo(first);
        assertThat(depot.sql().count("SELECT count(*) FROM sales_order WHERE device_id = ?", device.deviceId())).isEqualTo(1);
        assertThat(depot.sql().count("SELECT count(*) FROM device_command WHERE device_id = ?", device.deviceId())).isEqualTo(1);
        Invariants.assertHold(depot.sql());
    }

    @Test
    void aGapInTheSequenceIsRefusedAndChangesNothing() {
        DeviceRegistration device = register(rep);
        var before = depot.sql().tableCounts();

        assertThatThrownBy(() -> transport.push(device.token(),
                new PushRequest(device.deviceId(), List.of(envelope(device, 2, order(customer, "1"))))))
                .isInstanceOfSatisfying(SyncRefusedException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.type()).endsWith("/sync-protocol");
                    assertThat(e.getMessage()).contains("expected seq 1");
                });
        assertThat(depot.sql().tableCounts()).isEqualTo(before);
    }

    @Test
    void aReplayedSeqWithADifferentCommandIsAProtocolError() {
        DeviceRegistration device = register(rep);
        transport.push(device.token(), new PushRequest(device.deviceId(), List.of(envelope(device, 1, order(customer, "1")))));

        assertThatThrownBy(() -> transport.push(device.token(),
                new PushRequest(device.deviceId(), List.of(envelope(device, 1, order(customer, "2"))))))
                .isInstanceOfSatisfying(SyncRefusedException.class, e -> assertThat(e.status()).isEqualTo(409));
    }

    @Test
    void aRejectedCommandAdvancesTheQueueSoTheNextOneIsApplied() {
        DeviceRegistration device = register(rep);
        PlaceOrder unknownItem = new PlaceOrder(UUID.randomUUID(), customer,
                List.of(new PlaceOrder.Line(UUID.randomUUID(), BigDecimal.ONE, null, null)), null, null, null);

        PushResponse response = transport.push(device.token(), new PushRequest(device.deviceId(), List.of(
                envelope(device, 1, unknownItem), envelope(device, 2, order(customer, "3")))));

        assertThat(response.results()).extracting(CommandResult::outcome).containsExactly(Outcome.REJECTED, Outcome.APPLIED);
        assertThat(response.results().getFirst().code()).isEqualTo("UNKNOWN_REFERENCE");
        assertThat(response.results().getFirst().message()).contains("does not exist");
        assertThat(response.lastSeq()).isEqualTo(2);
        assertThat(depot.sql().count("SELECT count(*) FROM sales_order WHERE id = ?", unknownItem.orderId())).isZero();
    }

    @Test
    void everyCommandChecksTheSendersRole() {
        DeviceRegistration repDevice = register(rep);
        DeviceRegistration pickerDevice = register(depot.addUser(Role.PICKER));

        PushResponse pickerOrders = transport.push(pickerDevice.token(), new PushRequest(pickerDevice.deviceId(),
                List.of(envelope(pickerDevice, 1, order(customer, "1")))));
        PushResponse repPicks = transport.push(repDevice.token(), new PushRequest(repDevice.deviceId(),
                List.of(envelope(repDevice, 1, new ConfirmPick(UUID.randomUUID(), "A-01-1", item.gtin(), BigDecimal.ONE, null)))));
        PushResponse otherCustomer = transport.push(repDevice.token(), new PushRequest(repDevice.deviceId(),
                List.of(envelope(repDevice, 2, order(otherRepsCustomer, "1")))));

        assertThat(pickerOrders.results().getFirst().outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(pickerOrders.results().getFirst().code()).isEqualTo("FORBIDDEN");
        assertThat(repPicks.results().getFirst().code()).isEqualTo("FORBIDDEN");
        assertThat(otherCustomer.results().getFirst().code()).isEqualTo("FORBIDDEN");
    }

    @Test
    void aDeviceCanOnlyPushAsItself() {
        DeviceRegistration mine = register(rep);
        DeviceRegistration theirs = register(rep);

        assertThatThrownBy(() -> transport.push(mine.token(), new PushRequest(theirs.deviceId(),
                List.of(envelope(theirs, 1, order(customer, "1"))))))
                .isInstanceOfSatisfying(SyncRefusedException.class, e -> assertThat(e.status()).isEqualTo(403));
    }

    @Test
    void aRepsFirstPullHoldsTheirCustomersAndOrdersButNoOneElses() {
        DeviceRegistration device = register(rep);
        transport.push(device.token(), new PushRequest(device.deviceId(), List.of(envelope(device, 1, order(customer, "4")))));

        PullResponse copy = transport.pull(device.token(), null, 0, Duration.ZERO);

        assertThat(copy.reset()).isTrue();
        assertThat(copy.lastSeq()).isEqualTo(1);
        assertThat(copy.results()).singleElement().satisfies(r -> assertThat(r.seq()).isEqualTo(1));
        List<Object> payloads = copy.changes().stream().map(ChangeEntry::payload).map(Object.class::cast).toList();
        assertThat(payloads).filteredOn(CustomerView.class::isInstance).extracting(p -> ((CustomerView) p).id())
                .containsExactly(customer);
        assertThat(payloads).filteredOn(OrderView.class::isInstance).extracting(p -> ((OrderView) p).customerId())
                .containsOnly(customer);
        assertThat(copy.scopes()).contains("catalog", "customer:" + customer, "user:" + rep.id())
                .doesNotContain("customer:" + otherRepsCustomer);
    }

    @Test
    void aDeltaPullAfterTheCopyBringsOnlyWhatChanged() {
        DeviceRegistration device = register(rep);
        PullResponse copy = transport.pull(device.token(), null, 0, Duration.ZERO);

        transport.push(device.token(), new PushRequest(device.deviceId(), List.of(envelope(device, 1, order(customer, "5")))));
        PullResponse delta = transport.pull(device.token(), copy.cursor(), 1, Duration.ZERO);

        assertThat(delta.reset()).isFalse();
        assertThat(delta.changes()).extracting(ChangeEntry::entityType).containsOnly("order", "customer", "stockLevel");
        assertThat(delta.changes()).extracting(ChangeEntry::scope).allMatch(s -> copy.scopes().contains(s));
    }

    private static DeviceRegistration register(RunningDepot.TestUser user) {
        return transport.register(new RegisterDevice(user.username(), RunningDepot.PASSWORD, "handheld", "test"));
    }

    private static CommandEnvelope envelope(DeviceRegistration device, long seq, Object command) {
        return new CommandEnvelope(UUID.randomUUID(), device.deviceId(), seq, Instant.now(), Map.of(),
                (dev.depot.model.commands.DeviceCommand) command);
    }

    private static PlaceOrder order(UUID customerId, String quantity) {
        return new PlaceOrder(UUID.randomUUID(), customerId, List.of(new PlaceOrder.Line(item.id(), new BigDecimal(quantity), null,
                item.unitPrice())), null, null, null);
    }

    static Money usd(String amount) {
        return Money.of(amount, "USD");
    }
}
