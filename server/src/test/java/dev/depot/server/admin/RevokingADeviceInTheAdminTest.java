package dev.depot.server.admin;

import static dev.depot.server.admin.TestOrders.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.depot.server.testing.HeadlessChrome;
import dev.depot.server.testing.RunningDepot;
import dev.depot.sync.client.SyncRefusedException;
import dev.depot.sync.protocol.DeviceRegistration;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An administrator revokes a lost phone in a real browser, and the phone's next sync is refused. */
class RevokingADeviceInTheAdminTest {

    @RegisterExtension
    static RunningDepot depot = TestOrders.demoDepot();
    @RegisterExtension
    static HeadlessChrome chrome = new HeadlessChrome();

    private static TestDevices devices;
    private static DeviceRegistration ritasPhone;

    @BeforeAll
    static void peopleSignedInOnTheirDevicesAndWorked() {
        devices = new TestDevices(depot);
        DeviceRegistration oldPhone = devices.signIn("rep", "Rita's old phone", "0.0.9");
        ritasPhone = devices.signIn("rep", "Rita's phone", "0.1.0");
        devices.push(ritasPhone, "0.1.0", devices.anOrder(), devices.anOrderTheServerRejects());
        devices.signIn("picker", "Scanner 07", "0.1.0");
        devices.signIn("receiver", "Scanner 12", "0.1.0");
        devices.signIn("supervisor", "Sam's tablet", "0.1.0");
        depot.server().capabilities().transactions().run(em -> depot.server().capabilities().revokeDevice()
                .revoke(em, oldPhone.deviceId(), new TestOrders(depot).caller("admin")));
    }

    @Test
    void anAdministratorRevokesAPhoneAndItsNextPullIsRefusedAsRevoked() {
        DevicesPage page = LoginPage.open(chrome, depot).signInAs("admin", PASSWORD).goToDevices();
        assertThat(page.row("Rita's phone")).isEqualTo(new DevicesPage.Row("Rita's phone", "0.1.0", "Rita Rep", "rep · Field rep",
                "#2", "2 pushed", "1 rejected", "Active"));
        assertThat(page.row("Rita's old phone").status()).isEqualTo("Revoked");
        assertThat(page.offersRevoking("Rita's old phone")).isFalse();
        assertThat(page.rows()).extracting(DevicesPage.Row::name)
                .contains("Rita's phone", "Rita's old phone", "Scanner 07", "Scanner 12", "Sam's tablet");
        chrome.screenshot("admin-devices");

        RevokeDevicePage question = page.revoke("Rita's phone");
        assertThat(question.heading()).isEqualTo("Revoke \u201cRita's phone\u201d?");
        chrome.screenshot("admin-revoke-device");
        DevicesPage after = question.confirm();

        assertThat(after.notice()).isEqualTo("Revoked \u201cRita's phone\u201d of Rita Rep. Its next sync is refused, and it wipes "
                + "what it holds.");
        assertThat(after.row("Rita's phone").status()).isEqualTo("Revoked");
        assertThatThrownBy(() -> devices.app("0.1.0").pull(ritasPhone.token(), null, 0, Duration.ZERO))
                .isInstanceOfSatisfying(SyncRefusedException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(401);
                    assertThat(refused.isDeviceRevoked()).isTrue();
                });
    }

    @Test
    void keepingTheDeviceChangesNothing() {
        DeviceRegistration scanner = devices.signIn("picker", "Scanner 09", "0.1.0");
        DevicesPage page = LoginPage.open(chrome, depot).signInAs("admin", PASSWORD).goToDevices();

        DevicesPage back = page.revoke("Scanner 09").keep();

        assertThat(back.row("Scanner 09").status()).isEqualTo("Active");
        assertThat(devices.app("0.1.0").pull(scanner.token(), null, 0, Duration.ZERO).reset()).isTrue();
    }

    @Test
    void aWarehouseSupervisorSeesTheDevicesOfTheirWarehouseOnly() {
        OrdersPage orders = LoginPage.open(chrome, depot).signInAs("supervisor", PASSWORD);
        assertThat(orders.navigation()).contains("Devices");

        DevicesPage page = orders.goToDevices();

        assertThat(page.rows()).extracting(DevicesPage.Row::person).contains("Pat Picker", "Rae Receiver", "Sam Supervisor")
                .doesNotContain("Rita Rep");
    }

    @Test
    void theOrderDeskIsNotOfferedTheDevicesPage() {
        assertThat(LoginPage.open(chrome, depot).signInAs("orderdesk", PASSWORD).navigation()).containsExactly("Orders", "Stock", "Waves", "Packing", "Conflicts");
    }
}
