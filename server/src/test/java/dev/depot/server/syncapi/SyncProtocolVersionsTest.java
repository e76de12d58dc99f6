package dev.depot.server.syncapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.model.identity.Role;
import dev.depot.server.testing.ApiClient;
import dev.depot.server.testing.ApiResponse;
import dev.depot.server.testing.RunningDepot;
import dev.depot.sync.client.HttpSyncTransport;
import dev.depot.sync.protocol.DeviceRegistration;
import dev.depot.sync.protocol.ProtocolVersion;
import dev.depot.sync.protocol.RegisterDevice;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Which protocol versions the sync endpoints serve, and what they say to the others. */
class SyncProtocolVersionsTest {

    @RegisterExtension
    static RunningDepot depot = new RunningDepot();

    private static ApiClient device;

    @BeforeAll
    static void aRegisteredDevice() {
        RunningDepot.TestUser picker = depot.addUser(Role.PICKER);
        DeviceRegistration registration = new HttpSyncTransport(depot.uri(), Duration.ofSeconds(10))
                .register(new RegisterDevice(picker.username(), RunningDepot.PASSWORD, "scanner", "1.0.0"));
        device = depot.anonymous().as(registration.token());
    }

    @Test
    void theCurrentAndTheOldestServedVersionArePulledAndTheAnswerNamesTheServersVersion() {
        for (int version : new int[] {ProtocolVersion.CURRENT, ProtocolVersion.OLDEST_SUPPORTED}) {
            ApiResponse pull = pull(device.withHeader(ProtocolVersion.HEADER, Integer.toString(version)));
            assertThat(pull.status()).as("version " + version).isEqualTo(200);
            assertThat(pull.headers().firstValue(ProtocolVersion.HEADER)).contains(Integer.toString(ProtocolVersion.CURRENT));
        }
    }

    @Test
    void aRequestWithoutTheHeaderIsTakenAsTheCurrentVersion() {
        assertThat(pull(device).status()).isEqualTo(200);
    }

    @Test
    void anAppOlderThanTheServerServesIsToldToUpdate() {
        ApiResponse pull = pull(device.withHeader(ProtocolVersion.HEADER, Integer.toString(ProtocolVersion.OLDEST_SUPPORTED - 1)));

        assertThat(pull.status()).isEqualTo(426);
        assertThat(pull.json().getString("type")).isEqualTo("https://depot.dev/problems/unsupported-protocol");
        assertThat(pull.json().getString("detail")).contains("no longer serves").endsWith("Update the app.");
        assertThat(pull.headers().firstValue(ProtocolVersion.HEADER)).contains(Integer.toString(ProtocolVersion.CURRENT));
    }

    @Test
    void anAppNewerThanTheServerIsToldTheServerMustBeUpdatedFirst() {
        ApiResponse pull = pull(device.withHeader(ProtocolVersion.HEADER, Integer.toString(ProtocolVersion.CURRENT + 1)));
        ApiResponse register = depot.anonymous().withHeader(ProtocolVersion.HEADER, Integer.toString(ProtocolVersion.CURRENT + 1))
                .post("sync/devices", new RegisterDevice("nobody", "nothing", "scanner", "9.0.0"));

        assertThat(pull.status()).isEqualTo(426);
        assertThat(pull.json().getString("detail")).contains("newer than this server").contains("The server must be updated first");
        assertThat(register.status()).as("checked before anything else, sign-in included").isEqualTo(426);
    }

    @Test
    void aVersionThatIsNoNumberIsAMalformedRequest() {
        ApiResponse pull = pull(device.withHeader(ProtocolVersion.HEADER, "one"));

        assertThat(pull.status()).isEqualTo(400);
        assertThat(pull.json().getString("type")).isEqualTo("https://depot.dev/problems/malformed-request");
    }

    private static ApiResponse pull(ApiClient client) {
        return client.get("sync/pull?wait=0");
    }
}
