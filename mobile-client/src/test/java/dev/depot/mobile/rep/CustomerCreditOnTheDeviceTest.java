package dev.depot.mobile.rep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.mobile.testing.DeviceOnScreen;
import dev.depot.mobile.testing.HeadlessScreen;
import dev.depot.mobile.testing.ReplicaSeed;
import dev.depot.model.contact.ContactDetails;
import dev.depot.model.views.CustomerView;
import dev.depot.model.views.InvoiceView;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The credit a rep sees is the rulebook's, the same on every screen, with the orders still on the device counted. */
class CustomerCreditOnTheDeviceTest {

    /** 37.68 past a limit of 1,000.00. */
    private static final CustomerView DUNN = new CustomerView(UUID.nameUUIDFromBytes("C-1004".getBytes()), "C-1004", "Dunn Depot",
            "Capital City", ReplicaSeed.PRICE_LIST, new BigDecimal("8.25"), ReplicaSeed.usd("1000.00"), ReplicaSeed.usd("900.00"),
            ReplicaSeed.usd("137.68"), ReplicaSeed.WAREHOUSE, ContactDetails.NONE, List.of());

    @RegisterExtension
    static final HeadlessScreen screen = new HeadlessScreen();

    @TempDir
    Path directory;

    private final FxRobot robot = new FxRobot();
    private DeviceOnScreen app;

    @BeforeEach
    void startTheAppAsARep() {
        app = screen.offline(directory, journal -> {
            journal.register(ReplicaSeed.rep());
            journal.commit(ReplicaSeed.forRep().add(DUNN)
                    .add(invoice("INV-000031", "600.00", LocalDate.now().minusDays(12)))
                    .add(invoice("INV-000044", "300.00", LocalDate.now().plusDays(9)))
                    .firstPull(Instant.now()));
        });
    }

    @Test
    void aCustomerPastTheLimitShowsTheSameCreditLeftOnTheirCardAndOnTheirScreen() {
        robot.clickOn("#customer-search").write("Dunn");

        assertThat(app.text("#customer-list .cell-figure")).isEqualTo("−$37.68");
        robot.clickOn("Dunn Depot");
        assertThat(app.text("#credit-available")).isEqualTo("−$37.68");
    }

    @Test
    void theRepSeesWhatIsPastDueAgedByTheDevicesCalendar() {
        robot.clickOn("#customer-search").write("Dunn");
        robot.clickOn("Dunn Depot");

        assertThat(app.text("#receivables-overdue")).isEqualTo("$600.00");
        assertThat(app.text("#overdue-note")).isEqualTo("1 invoice is past due, the oldest by 12 days: ask about payment.");
        app.screenshot("mobile-customer-overdue");
    }

    @Test
    void twoOfflineOrdersThatTogetherPassTheLimitWarnOnTheSecond() {
        // Corner Store has 50.00 left; ten rolls of tape are 23.50 + 8.25 % tax = 25.44
        orderTenRollsOfTapeForCornerStore();
        assertThat(app.text("#credit-warning")).isEmpty();
        robot.clickOn("#place-order");

        robot.clickOn("#tab-customers");
        robot.clickOn("Corner Store");
        assertThat(app.text("#credit-available")).isEqualTo("$24.56");
        orderTenRollsOfTapeForCornerStoreFromTheirScreen();

        assertThat(app.text("#credit-warning")).isEqualTo("Over the credit limit by $0.88. The order will wait for credit approval.");
    }

    private static InvoiceView invoice(String number, String open, LocalDate dueOn) {
        return new InvoiceView(UUID.nameUUIDFromBytes(number.getBytes()), number, DUNN.id(), UUID.randomUUID(),
                dueOn.minusDays(30).atStartOfDay(ZoneOffset.UTC).toInstant(), dueOn, ReplicaSeed.usd(open), ReplicaSeed.usd(open));
    }

    private void orderTenRollsOfTapeForCornerStore() {
        robot.clickOn("Corner Store");
        orderTenRollsOfTapeForCornerStoreFromTheirScreen();
    }

    private void orderTenRollsOfTapeForCornerStoreFromTheirScreen() {
        robot.clickOn("#new-order");
        robot.write("tape").type(KeyCode.ENTER);
        robot.clickOn(".search-result");
        robot.doubleClickOn("#quantity-TPE-48").write("10").type(KeyCode.ENTER);
        assertThat(app.text("#order-total")).isEqualTo("$25.44");
    }
}
