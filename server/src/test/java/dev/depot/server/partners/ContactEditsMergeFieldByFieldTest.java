package dev.depot.server.partners;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.model.changes.ChangeEntry;
import dev.depot.model.commands.CommandResult;
import dev.depot.model.commands.Outcome;
import dev.depot.model.commands.UpdateCustomerContact;
import dev.depot.model.contact.ContactChanges;
import dev.depot.model.contact.ContactDetails;
import dev.depot.model.identity.Role;
import dev.depot.model.views.CustomerView;
import dev.depot.model.views.InboxEntryView;
import dev.depot.server.identity.Caller;
import dev.depot.server.testing.ApiClient;
import dev.depot.server.testing.Fixtures;
import dev.depot.server.testing.RunningDepot;
import dev.depot.server.testing.TestDevice;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A rep's correction of a customer's contact details merges field by field with the office's; nothing is overwritten silently. */
class ContactEditsMergeFieldByFieldTest {

    @RegisterExtension
    static RunningDepot depot = new RunningDepot();

    static Fixtures fixtures;
    static Fixtures.TestWarehouse main;
    static ApiClient office;

    @BeforeAll
    static void aWarehouseAndTheOffice() {
        fixtures = new Fixtures(depot);
        main = fixtures.warehouse("MAIN");
        office = depot.as(Role.ORDER_DESK);
    }

    @Test
    void aFieldOnlyTheRepChangedIsTakenAndReachesTheDevices() {
        Story story = aCustomerOnFile();
        CustomerView seen = story.onThePhone();
        office.post("api/customers/" + story.customer() + "/contact", Map.of("email", "accounts@harbor.example"));

        CommandResult result = story.phone().send(new UpdateCustomerContact(story.customer(), new ContactChanges("614-555-0199", null, null),
                versionOf(story.phone(), story.customer())));

        assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(result.message()).isEqualTo(story.name() + ": phone updated");
        assertThat(story.onThePhone().contact()).isEqualTo(new ContactDetails("614-555-0199", "accounts@harbor.example", "Dana Miles"));
        assertThat(seen.contact().phone()).isEqualTo("614-555-0100");
        assertThat(story.phone().inbox()).isEmpty();
        assertThat(depot.sql().count("SELECT count(*) FROM customer_contact_conflict WHERE customer_id = ?", story.customer())).isZero();
    }

    @Test
    void aFieldBothChangedKeepsTheOfficeValueFilesAConflictAndTellsTheRep() {
        Story story = aCustomerOnFile();
        long base = versionOf(story.phone(), story.customer());
        office.post("api/customers/" + story.customer() + "/contact", Map.of("phone", "614-555-0222"));

        CommandResult result = story.phone().send(new UpdateCustomerContact(story.customer(),
                new ContactChanges("614-555-0199", null, "Sam Lee"), base));

        assertThat(result.outcome()).isEqualTo(Outcome.ADJUSTED);
        assertThat(result.code()).isEqualTo("CONTACT_KEPT_OFFICE_VALUE");
        assertThat(result.message()).isEqualTo(story.name() + ": Phone kept the office's value \u201c614-555-0222\u201d (you sent "
                + "\u201c614-555-0199\u201d), because the office changed it too. Contact name updated.");
        assertThat(story.onThePhone().contact()).isEqualTo(new ContactDetails("614-555-0222", "orders@harbor.example", "Sam Lee"));
        assertThat(depot.sql().rows("SELECT field, device_value, server_value, base_value, raised_by, status "
                + "FROM customer_contact_conflict WHERE customer_id = ?", story.customer())).singleElement()
                .isEqualTo(Map.of("field", "PHONE", "device_value", "614-555-0199", "server_value", "614-555-0222",
                        "base_value", "614-555-0100", "raised_by", story.rep().id(), "status", "OPEN"));
        assertThat(story.phone().inbox()).singleElement().satisfies(entry -> {
            assertThat(entry.title()).isEqualTo("Contact change: the office's value kept");
            assertThat(entry.explanation()).isEqualTo(result.message());
            assertThat(entry.attention()).isEqualTo(InboxEntryView.Attention.WARNING);
            assertThat(entry.about().customerId()).isEqualTo(story.customer());
        });
    }

    @Test
    void theBackOfficeChoosingTheRepsValueAppliesItPublishesItAndAuditsIt() {
        Story story = aCustomerOnFile();
        long base = versionOf(story.phone(), story.customer());
        office.post("api/customers/" + story.customer() + "/contact", Map.of("phone", "614-555-0222"));
        story.phone().send(new UpdateCustomerContact(story.customer(), new ContactChanges("614-555-0199", null, null), base));
        UUID conflict = UUID.fromString(depot.sql().single("SELECT id FROM customer_contact_conflict WHERE customer_id = ?",
                story.customer()).toString());
        long versionBefore = versionOf(story.phone(), story.customer());

        var c = depot.server().capabilities();
        var desk = depot.addUser(Role.ORDER_DESK);
        c.transactions().run(em -> c.contactEdits().resolve().resolve(em, conflict, ContactConflict.Choice.REP_VALUE,
                new Caller(desk.id(), desk.username(), "Olive Orderdesk", Role.ORDER_DESK, null, null)));

        assertThat(story.onThePhone().contact().phone()).isEqualTo("614-555-0199");
        assertThat(versionOf(story.phone(), story.customer())).as("published under a new version").isGreaterThan(versionBefore);
        assertThat(depot.sql().single("SELECT chosen FROM customer_contact_conflict WHERE id = ?", conflict)).isEqualTo("REP_VALUE");
        assertThat(depot.sql().single("SELECT detail FROM audit_log WHERE action = 'CONTACT_CONFLICT_RESOLVED' AND subject = ?",
                story.code()))
                .asString().startsWith("phone: chose the rep's value 614-555-0199");
        assertThat(story.phone().inbox()).last().satisfies(entry -> assertThat(entry.explanation())
                .isEqualTo("The office chose your phone, 614-555-0199."));
    }

    @Test
    void aRepMayOnlyCorrectTheirOwnCustomers() {
        Story story = aCustomerOnFile();
        TestDevice otherRep = TestDevice.of(depot, depot.addUser(Role.REP));

        CommandResult result = otherRep.send(new UpdateCustomerContact(story.customer(), new ContactChanges("1", null, null), 1L));

        assertThat(result.code()).isEqualTo("FORBIDDEN");
        assertThat(story.onThePhone().contact().phone()).isEqualTo("614-555-0100");
    }

    @Test
    void anInvalidEditIsRejectedWithTheFieldNamed() {
        Story story = aCustomerOnFile();

        CommandResult result = story.phone().send(new UpdateCustomerContact(story.customer(), new ContactChanges(null, "not-an-email", null),
                versionOf(story.phone(), story.customer())));

        assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(result.code()).isEqualTo("INVALID");
        assertThat(result.message()).startsWith("changes.email: is not an email address");
    }

    /** A rep, their customer with contact details on file, and the rep's phone. */
    private record Story(RunningDepot.TestUser rep, UUID customer, String code, TestDevice phone) {

        /** The customer as the rep's phone gets it now. */
        CustomerView onThePhone() {
            return phone.views(CustomerView.class).stream().filter(c -> c.id().equals(customer)).findFirst().orElseThrow();
        }

        String name() {
            return code + " Trading";
        }
    }

    private static Story aCustomerOnFile() {
        RunningDepot.TestUser rep = depot.addUser(Role.REP);
        String code = "C-" + UUID.randomUUID().toString().substring(0, 6);
        UUID customer = fixtures.customer(code, rep.id(), main, "1000.00", "0");
        assertThat(office.post("api/customers/" + customer + "/contact", Map.of("phone", "614-555-0100",
                "email", "orders@harbor.example", "contactName", "Dana Miles")).status()).isEqualTo(200);
        return new Story(rep, customer, code, TestDevice.of(depot, rep));
    }

    private static long versionOf(TestDevice device, UUID customer) {
        return device.copy().changes().stream().filter(c -> c.entityId().equals(customer)).mapToLong(ChangeEntry::version).max()
                .orElseThrow();
    }
}
