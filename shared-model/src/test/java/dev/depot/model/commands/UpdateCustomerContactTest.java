package dev.depot.model.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.model.contact.ContactChanges;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UpdateCustomerContactTest {

    private static final UUID CUSTOMER = UUID.randomUUID();

    @Test
    void aValidEditHasNoViolations() {
        assertThat(new UpdateCustomerContact(CUSTOMER, new ContactChanges("614-555-0199", null, ""), 4L).violations()).isEmpty();
    }

    @Test
    void anEditThatChangesNothingIsRefused() {
        assertThat(new UpdateCustomerContact(CUSTOMER, new ContactChanges(null, null, null), 4L).violations())
                .extracting(Violation::field).containsExactly("changes");
    }

    @Test
    void anEditWithoutTheVersionItWasMadeOnCannotBeMerged() {
        assertThat(new UpdateCustomerContact(CUSTOMER, new ContactChanges("614-555-0199", null, null), null).violations())
                .extracting(Violation::field).containsExactly("baseVersion");
    }

    @Test
    void eachBadFieldIsNamed() {
        assertThat(new UpdateCustomerContact(null, new ContactChanges("ring me", "nobody", null), 1L).violations())
                .extracting(Violation::field).containsExactly("customerId", "changes.phone", "changes.email");
    }

    @Test
    void anAcknowledgementNamesItsEntry() {
        assertThat(new AcknowledgeInbox(null).violations()).extracting(Violation::field).containsExactly("entryId");
        assertThat(new AcknowledgeInbox(UUID.randomUUID()).violations()).isEmpty();
    }
}
