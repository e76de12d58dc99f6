package dev.depot.mobile.rep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.mobile.testing.DeviceOnScreen;
import dev.depot.mobile.testing.HeadlessScreen;
import dev.depot.mobile.testing.ReplicaSeed;
import dev.depot.model.commands.UpdateCustomerContact;
import dev.depot.model.contact.ContactChanges;
import dev.depot.sync.protocol.CommandEnvelope;
import java.nio.file.Path;
import java.time.Instant;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** A rep corrects a customer's phone without a signal: only the phone is sent, and the screen shows it waiting. */
class RepCorrectsAContactOfflineTest {

    @RegisterExtension
    static final HeadlessScreen screen = new HeadlessScreen();

    @TempDir
    Path directory;

    private final FxRobot robot = new FxRobot();
    private DeviceOnScreen app;

    @BeforeEach
    void aRepsPhoneOffline() {
        app = screen.offline(directory, journal -> {
            journal.register(ReplicaSeed.rep());
            journal.commit(ReplicaSeed.forRep().firstPull(Instant.now()));
        });
        robot.clickOn("Acme Hardware");
    }

    @Test
    void onlyTheChangedFieldIsSentWithTheVersionTheDeviceHolds() {
        assertThat(app.text("#contact-phone")).isEqualTo(ReplicaSeed.ACME.contact().phone());
        robot.clickOn("#edit-contact");
        robot.doubleClickOn("#contact-phone").eraseText(ReplicaSeed.ACME.contact().phone().length()).write("555-0199");
        app.screenshot("mobile-contact-edit");
        robot.clickOn("#save-contact");

        assertThat(app.journal().pending()).extracting(CommandEnvelope::command).containsExactly(
                new UpdateCustomerContact(ReplicaSeed.ACME.id(), new ContactChanges("555-0199", null, null), 1L));
        assertThat(app.text("#contact-phone")).as("back on the customer, the correction shows at once").isEqualTo("555-0199");
        assertThat(app.text("#contact-email")).isEqualTo(ReplicaSeed.ACME.contact().email());
        assertThat(app.text("#contact-pending")).isEqualTo("Your correction waits to sync; the office's copy may still differ.");
        app.screenshot("mobile-customer-contact");
    }

    @Test
    void anEmailThatIsNoEmailIsRefusedOnTheSpotAndNothingIsRecorded() {
        robot.clickOn("#edit-contact");
        robot.clickOn("#contact-email").push(KeyCode.CONTROL, KeyCode.A).write("dana at acme");
        robot.clickOn("#save-contact");

        assertThat(app.text("#contact-message")).isEqualTo("Email is not an email address like name@example.com");
        assertThat(app.journal().pending()).isEmpty();
    }

    @Test
    void savingAFormWithNothingChangedRecordsNothing() {
        robot.clickOn("#edit-contact");
        robot.clickOn("#save-contact");

        assertThat(app.text("#contact-message")).isEqualTo("Nothing changed.");
        assertThat(app.journal().pending()).isEmpty();
    }
}
