package dev.depot.server.admin;

import static dev.depot.server.admin.AdminHttp.csrfToken;
import static dev.depot.server.admin.AdminHttp.sessionCookie;
import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.server.testing.RunningDepot;
import dev.depot.sync.protocol.DeviceRegistration;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Who may see and revoke which devices in the admin, checked over plain HTTP. */
class DevicesOverHttpTest {

    @RegisterExtension
    static RunningDepot depot = TestOrders.demoDepot();

    private static AdminHttp http;
    private static TestDevices devices;

    @BeforeAll
    static void client() {
        http = new AdminHttp(depot.uri());
        devices = new TestDevices(depot);
    }

    @Test
    void theOrderDeskAndAccountantsMayNeitherSeeNorRevokeDevices() {
        DeviceRegistration phone = devices.signIn("rep", "Rita's phone", "0.1.0");

        for (String username : new String[] {"orderdesk", "accountant"}) {
            String session = http.signIn(username);
            String cookie = sessionCookie(session);
            String token = csrfToken(http.get("/admin/orders", "Cookie", cookie).body());

            HttpResponse<String> list = http.get("/admin/devices", "Cookie", cookie);
            HttpResponse<String> question = http.get(revokePath(phone), "Cookie", cookie);
            HttpResponse<String> revoke = http.post(revokePath(phone), Map.of("_csrf", token), "Cookie", cookie);

            assertThat(list.statusCode()).as(username).isEqualTo(403);
            assertThat(list.body()).contains("does not manage devices");
            assertThat(question.statusCode()).as(username).isEqualTo(403);
            assertThat(revoke.statusCode()).as(username).isEqualTo(403);
            assertThat(http.get("/admin/orders", "Cookie", cookie).body()).doesNotContain("href=\"/admin/devices\"");
        }
        assertThat(isRevoked(phone)).isFalse();
    }

    @Test
    void aSupervisorManagesTheDevicesOfTheirWarehouseAndNoOtherOnes() {
        DeviceRegistration repsPhone = devices.signIn("rep", "Rita's phone", "0.1.0");
        DeviceRegistration scanner = devices.signIn("picker", "Scanner 07", "0.1.0");
        String cookie = sessionCookie(http.signIn("supervisor"));
        HttpResponse<String> list = http.get("/admin/devices", "Cookie", cookie);
        String token = csrfToken(list.body());

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("device-" + scanner.deviceId()).doesNotContain("device-" + repsPhone.deviceId());
        HttpResponse<String> notTheirs = http.post(revokePath(repsPhone), Map.of("_csrf", token), "Cookie", cookie);
        assertThat(notTheirs.statusCode()).isEqualTo(403);
        assertThat(isRevoked(repsPhone)).isFalse();

        HttpResponse<String> theirs = http.post(revokePath(scanner), Map.of("_csrf", token), "Cookie", cookie);
        assertThat(theirs.statusCode()).isEqualTo(303);
        assertThat(theirs.headers().firstValue("Location")).contains("/admin/devices?revoked=" + scanner.deviceId());
        assertThat(isRevoked(scanner)).isTrue();
    }

    @Test
    void aRevocationWithoutItsCsrfTokenIsRefusedAndRevokesNothing() {
        DeviceRegistration phone = devices.signIn("rep", "Rita's phone", "0.1.0");
        String cookie = sessionCookie(http.signIn("admin"));
        String token = csrfToken(http.get("/admin/devices", "Cookie", cookie).body());

        HttpResponse<String> withoutToken = http.post(revokePath(phone), Map.of(), "Cookie", cookie);
        HttpResponse<String> fromElsewhere = http.post(revokePath(phone), Map.of("_csrf", token), "Cookie", cookie,
                "Origin", "https://evil.example");

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(fromElsewhere.statusCode()).isEqualTo(403);
        assertThat(isRevoked(phone)).isFalse();
    }

    @Test
    void revokingTwiceRevokesOnceAndTheAuditLogSaysWhoDidIt() {
        DeviceRegistration phone = devices.signIn("rep", "Rita's phone", "0.1.0");
        String cookie = sessionCookie(http.signIn("admin"));
        String token = csrfToken(http.get("/admin/devices", "Cookie", cookie).body());

        assertThat(http.post(revokePath(phone), Map.of("_csrf", token), "Cookie", cookie).statusCode()).isEqualTo(303);
        assertThat(http.post(revokePath(phone), Map.of("_csrf", token), "Cookie", cookie).statusCode()).isEqualTo(303);

        assertThat(depot.sql().rows("SELECT actor, action FROM audit_log WHERE subject = ?", "device " + phone.deviceId()))
                .containsExactly(Map.of("actor", "admin", "action", "DEVICE_REVOKED"));
        HttpResponse<String> question = http.get(revokePath(phone), "Cookie", cookie);
        assertThat(question.statusCode()).as("a revoked device is not asked about again").isEqualTo(303);
    }

    @Test
    void anUnknownDeviceIsAPageNotAnError() {
        String cookie = sessionCookie(http.signIn("admin"));

        HttpResponse<String> response = http.get("/admin/devices/" + UUID.randomUUID() + "/revoke", "Cookie", cookie);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).contains("text/html; charset=UTF-8");
    }

    private static String revokePath(DeviceRegistration device) {
        return "/admin/devices/" + device.deviceId() + "/revoke";
    }

    private static boolean isRevoked(DeviceRegistration device) {
        return depot.sql().single("SELECT revoked_at FROM device WHERE id = ?", device.deviceId()) != null;
    }
}
