package dev.depot.server.admin;

import dev.depot.model.commands.DeviceCommand;
import dev.depot.model.commands.PlaceOrder;
import dev.depot.model.ids.UuidV7;
import dev.depot.server.testing.RunningDepot;
import dev.depot.server.testing.Sql;
import dev.depot.sync.client.HttpSyncTransport;
import dev.depot.sync.protocol.CommandEnvelope;
import dev.depot.sync.protocol.DeviceRegistration;
import dev.depot.sync.protocol.PushRequest;
import dev.depot.sync.protocol.PushResponse;
import dev.depot.sync.protocol.RegisterDevice;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Devices for the admin's tests: demo people sign in on them over the real sync protocol, and push commands. */
final class TestDevices {

    private final RunningDepot depot;

    TestDevices(RunningDepot depot) {
        this.depot = depot;
    }

    /** The device app of this version, talking to the test's server. */
    HttpSyncTransport app(String appVersion) {
        return new HttpSyncTransport(depot.uri(), Duration.ofSeconds(10), appVersion);
    }

    DeviceRegistration signIn(String username, String deviceName, String appVersion) {
        return app(appVersion).register(new RegisterDevice(username, TestOrders.PASSWORD, deviceName, appVersion));
    }

    /** The demo rep's order for their first customer, of a pack of gloves. */
    PlaceOrder anOrder() {
        Sql sql = depot.sql();
        UUID customer = (UUID) sql.single("SELECT c.id FROM customer c JOIN app_user u ON u.id = c.rep_user_id "
                + "WHERE u.username = 'rep' ORDER BY c.code LIMIT 1");
        UUID gloves = (UUID) sql.single("SELECT id FROM item WHERE sku = 'GLV-NIT-M'");
        return new PlaceOrder(UuidV7.next(), customer, List.of(new PlaceOrder.Line(gloves, BigDecimal.TEN, null, null)), null, null, null);
    }

    /** An order for an item that does not exist: the server rejects it. */
    PlaceOrder anOrderTheServerRejects() {
        PlaceOrder order = anOrder();
        return new PlaceOrder(order.orderId(), order.customerId(),
                List.of(new PlaceOrder.Line(UUID.randomUUID(), BigDecimal.ONE, null, null)), null, null, null);
    }

    /** Pushes the commands as the device's next ones, from seq 1. */
    PushResponse push(DeviceRegistration device, String appVersion, DeviceCommand... commands) {
        List<CommandEnvelope> envelopes = new java.util.ArrayList<>();
        for (int i = 0; i < commands.length; i++) {
            envelopes.add(new CommandEnvelope(UuidV7.next(), device.deviceId(), i + 1, Instant.now(), Map.of(), commands[i]));
        }
        return app(appVersion).push(device.token(), new PushRequest(device.deviceId(), envelopes));
    }
}
