package dev.depot.server.admin;

import static dev.depot.server.admin.TestOrders.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.model.changes.ChangeEntry;
import dev.depot.model.commands.CommandResult;
import dev.depot.model.commands.Outcome;
import dev.depot.model.commands.UpdateCustomerContact;
import dev.depot.model.contact.ContactChanges;
import dev.depot.model.views.CustomerView;
import dev.depot.model.views.InboxEntryView;
import dev.depot.server.testing.HeadlessChrome;
import dev.depot.server.testing.RunningDepot;
import dev.depot.server.testing.TestDevice;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The back office settles contact details a rep and the office both changed, in a real browser. */
class SettlingContactConflictsTest {

    @RegisterExtension
    static RunningDepot depot = TestOrders.demoDepot();
    @RegisterExtension
    static HeadlessChrome chrome = new HeadlessChrome();

    private static TestOrders orders;
    private static TestDevice ritasPhone;

    @BeforeAll
    static void ritaHasHerPhone() {
        orders = new TestOrders(depot);
        ritasPhone = TestDevice.of(depot, "rep", PASSWORD);
    }

    @Test
    void choosingTheRepsValueAppliesItToTheCustomerAndHerPhone() {
        String customer = "Harbor Street Deli";
        bothChangeThePhone("C-1001", "614-555-0199", "614-555-0222");

        ConflictsPage page = LoginPage.open(chrome, depot).signInAs("orderdesk", PASSWORD).goToConflicts();

        assertThat(page.conflicts()).contains(new ConflictsPage.Card(customer, "Phone", "614-555-0222", "614-555-0199",
                "614-555-0141", List.of("Keep office value", "Use Rita Rep's value")));
        chrome.screenshot("admin-conflicts");

        page = page.choose(customer, "Use Rita Rep's value");

        assertThat(page.notice()).isEqualTo(customer + ": phone is now 614-555-0199. The rep has been told.");
        assertThat(page.conflicts()).extracting(ConflictsPage.Card::customer).doesNotContain(customer);
        assertThat(depot.sql().single("SELECT phone FROM customer WHERE code = 'C-1001'")).isEqualTo("614-555-0199");
        assertThat(onRitasPhone("C-1001").contact().phone()).isEqualTo("614-555-0199");
        assertThat(depot.sql().single("SELECT actor FROM audit_log WHERE action = 'CONTACT_CONFLICT_RESOLVED' AND subject = 'C-1001'"))
                .isEqualTo("orderdesk");
        assertThat(ritasPhone.inbox()).last().satisfies(entry -> {
            assertThat(entry.title()).isEqualTo(customer + ": phone settled");
            assertThat(entry.attention()).isEqualTo(InboxEntryView.Attention.NOTE);
        });
    }

    @Test
    void keepingTheOfficeValueChangesNothingButTheConflict() {
        String customer = "Riverside Fitness Club";
        bothChangeThePhone("C-1004", "614-555-0111", "614-555-0999");

        ConflictsPage page = LoginPage.open(chrome, depot).signInAs("admin", PASSWORD).goToConflicts()
                .choose(customer, "Keep office value");

        assertThat(page.notice()).isEqualTo(customer + ": phone is now 614-555-0999. The rep has been told.");
        assertThat(depot.sql().single("SELECT phone FROM customer WHERE code = 'C-1004'")).isEqualTo("614-555-0999");
        assertThat(depot.sql().single("SELECT chosen FROM customer_contact_conflict c JOIN customer cu ON cu.id = c.customer_id "
                + "WHERE cu.code = 'C-1004'")).isEqualTo("OFFICE_VALUE");
    }

    @Test
    void aSupervisorIsNotOfferedMasterDataConflicts() {
        OrdersPage list = LoginPage.open(chrome, depot).signInAs("supervisor", PASSWORD);

        assertThat(list.navigation()).containsExactly("Orders", "Stock", "Waves", "Packing", "Transfers", "Exceptions", "Counts", "Devices");
    }

    /** Rita's phone saw the customer; the office changes the phone; then Rita's edit of the same phone arrives. */
    private static void bothChangeThePhone(String code, String ritas, String offices) {
        CustomerView seen = onRitasPhone(code);
        long base = ritasPhone.copy().changes().stream().filter(c -> c.entityId().equals(seen.id())).mapToLong(ChangeEntry::version)
                .max().orElseThrow();
        var c = depot.server().capabilities();
        c.transactions().run(em -> c.contactEdits().change().change(em, seen.id(), new ContactChanges(offices, null, null),
                orders.caller("orderdesk").actor()));

        CommandResult result = ritasPhone.send(new UpdateCustomerContact(seen.id(), new ContactChanges(ritas, null, null), base));

        assertThat(result.outcome()).isEqualTo(Outcome.ADJUSTED);
    }

    private static CustomerView onRitasPhone(String code) {
        return ritasPhone.views(CustomerView.class).stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }
}
