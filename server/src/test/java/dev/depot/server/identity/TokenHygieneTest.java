package dev.depot.server.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.depot.model.identity.Role;
import dev.depot.server.testing.ApiClient;
import dev.depot.server.testing.ApiResponse;
import dev.depot.server.testing.RunningDepot;
import dev.depot.server.testing.ShiftableClock;
import dev.depot.sync.client.HttpSyncTransport;
import dev.depot.sync.client.SyncRefusedException;
import dev.depot.sync.protocol.AppVersion;
import dev.depot.sync.protocol.DeviceRegistration;
import dev.depot.sync.protocol.PushRequest;
import dev.depot.sync.protocol.RegisterDevice;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Device tokens and sessions: what they open, for how long, and what the server writes down about them. */
class TokenHygieneTest {

    private static final ShiftableClock CLOCK = new ShiftableClock();

    @RegisterExtension
    static RunningDepot depot = new RunningDepot().withClock(CLOCK).with("depot.sessions.ttl", "PT10M");

    @Test
    void aDevicesCallsAreWrittenDownAtMostOnceAMinuteUnlessItsAppVersionChanges() {
        DeviceRegistration device = register(depot.addUser(Role.PICKER), "1.0.0");
        Instant registered = lastSeen(device);
        assertThat(depot.sql().single("SELECT app_version FROM device WHERE id = ?", device.deviceId())).isEqualTo("1.0.0");

        CLOCK.advance(Duration.ofSeconds(20));
        assertThat(asDevice(device, "1.0.0").get("api/session").status()).isEqualTo(200);
        assertThat(lastSeen(device)).as("within the minute: nothing written").isEqualTo(registered);

        assertThat(asDevice(device, "1.1.0").get("api/session").status()).isEqualTo(200);
        assertThat(depot.sql().single("SELECT app_version FROM device WHERE id = ?", device.deviceId())).isEqualTo("1.1.0");
        Instant afterUpdate = lastSeen(device);
        assertThat(afterUpdate).isAfterOrEqualTo(registered.plusSeconds(20));

        CLOCK.advance(Duration.ofMinutes(2));
        asDevice(device, "1.1.0").get("api/session");
        assertThat(lastSeen(device)).isAfterOrEqualTo(afterUpdate.plus(Duration.ofMinutes(2)));
    }

    @Test
    void aRevokedDeviceTokenNeverOpensAnythingAgainAndSaysTheDeviceWasSignedOut() {
        RunningDepot.TestUser picker = depot.addUser(Role.PICKER);
        DeviceRegistration device = register(picker, "1.0.0");
        revoke(device);

        ApiResponse whoAmI = asDevice(device, "1.0.0").get("api/session");
        assertThat(whoAmI.status()).isEqualTo(401);
        assertThat(whoAmI.json().getString("type")).isEqualTo("https://depot.dev/problems/device-revoked");
        assertThat(whoAmI.json().getString("title")).isEqualTo("This device was signed out by the office");
        HttpSyncTransport transport = new HttpSyncTransport(depot.uri(), Duration.ofSeconds(10), "1.0.0");
        assertThatThrownBy(() -> transport.pull(device.token(), null, 0, Duration.ZERO))
                .isInstanceOfSatisfying(SyncRefusedException.class, e -> assertThat(e.isDeviceRevoked()).isTrue());
        assertThatThrownBy(() -> transport.push(device.token(), new PushRequest(device.deviceId(), List.of())))
                .isInstanceOfSatisfying(SyncRefusedException.class, e -> assertThat(e.isDeviceRevoked()).isTrue());
        assertThat(identity().authenticate(device.token())).isEmpty();

        DeviceRegistration again = register(picker, "1.0.0");
        assertThat(asDevice(again, "1.0.0").get("api/session").status()).as("the person signs in again: a new device").isEqualTo(200);
    }

    @Test
    void aDeviceWhosePersonMayNoLongerSignInIsSignedOutToo() {
        RunningDepot.TestUser rep = depot.addUser(Role.REP);
        DeviceRegistration device = register(rep, "1.0.0");

        depot.sql().update("UPDATE app_user SET active = false WHERE id = ?", rep.id());

        ApiResponse response = asDevice(device, "1.0.0").get("api/session");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().getString("type")).isEqualTo("https://depot.dev/problems/device-revoked");
    }

    @Test
    void aSessionEndsAfterItsConfiguredLifetimeAndTheApiSaysItExpired() {
        ApiClient desk = depot.as(Role.ORDER_DESK);
        CLOCK.advance(Duration.ofMinutes(9));
        assertThat(desk.get("api/session").status()).isEqualTo(200);

        CLOCK.advance(Duration.ofMinutes(2));

        ApiResponse expired = desk.get("api/session");
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.json().getString("type")).isEqualTo("https://depot.dev/problems/unauthenticated");
        assertThat(expired.json().getString("detail")).isEqualTo("The session has expired; sign in again");
        assertThat(desk.get("api/orders").status()).isEqualTo(401);
    }

    @Test
    void anUnreadableAppVersionIsRefusedAtRegistrationAndIgnoredInAHeader() {
        RunningDepot.TestUser picker = depot.addUser(Role.PICKER);
        HttpSyncTransport transport = new HttpSyncTransport(depot.uri(), Duration.ofSeconds(10));

        assertThatThrownBy(() -> transport.register(new RegisterDevice(picker.username(), RunningDepot.PASSWORD, "scanner",
                "9".repeat(AppVersion.MAX_LENGTH + 1))))
                .isInstanceOfSatisfying(SyncRefusedException.class, e -> assertThat(e.status()).isEqualTo(400));
        DeviceRegistration device = register(picker, "1.0.0");
        assertThat(asDevice(device, "9".repeat(AppVersion.MAX_LENGTH + 1)).get("api/session").status()).isEqualTo(200);
        assertThat(depot.sql().single("SELECT app_version FROM device WHERE id = ?", device.deviceId())).isEqualTo("1.0.0");
    }

    private static DeviceRegistration register(RunningDepot.TestUser user, String appVersion) {
        return new HttpSyncTransport(depot.uri(), Duration.ofSeconds(10), appVersion)
                .register(new RegisterDevice(user.username(), RunningDepot.PASSWORD, "scanner", appVersion));
    }

    private static ApiClient asDevice(DeviceRegistration device, String appVersion) {
        return depot.anonymous().as(device.token()).withHeader(AppVersion.HEADER, appVersion);
    }

    private static Instant lastSeen(DeviceRegistration device) {
        return depot.sql().instant("SELECT last_seen_at FROM device WHERE id = ?", device.deviceId());
    }

    private static void revoke(DeviceRegistration device) {
        var admin = identity().signIn(depot.addUser(Role.ADMIN).username(), RunningDepot.PASSWORD).caller();
        depot.server().capabilities().transactions()
                .run(em -> depot.server().capabilities().revokeDevice().revoke(em, device.deviceId(), admin));
    }

    private static Identity identity() {
        return depot.server().capabilities().identity();
    }
}
