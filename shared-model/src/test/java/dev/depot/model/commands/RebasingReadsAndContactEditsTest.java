package dev.depot.model.commands;

import static dev.depot.model.testdata.Catalog.baseOf;
import static dev.depot.model.testdata.CustomerViewBuilder.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.model.changes.EntityKey;
import dev.depot.model.contact.ContactChanges;
import dev.depot.model.contact.ContactDetails;
import dev.depot.model.views.CustomerView;
import dev.depot.model.views.InboxEntryView;
import dev.depot.model.views.SyncedView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Reading an inbox entry and correcting a customer's contact show on the device before the server has them. */
class RebasingReadsAndContactEditsTest {

    private static final UUID REP = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-11-23T10:15:00Z");

    private final CustomerView harbor = aCustomer().named("Harbor Street Deli").reachedAt("614-555-0100", "orders@harbor.example",
            "Dana Miles").build();
    private final InboxEntryView backorder = entry(false);
    private final Map<EntityKey, SyncedView> base = Map.copyOf(baseOf(harbor, backorder));

    @Test
    void anEntryReadOfflineShowsAsReadAndAsUnsyncedWork() {
        Rebase.LocalState state = Rebase.apply(base, List.of(pending(new AcknowledgeInbox(backorder.id()))));

        InboxEntryView shown = state.replica().find(InboxEntryView.class, InboxEntryView.TYPE, backorder.id()).orElseThrow();
        assertThat(shown.read()).isTrue();
        assertThat(state.pending()).containsExactly(new EntityKey(InboxEntryView.TYPE, backorder.id()));
    }

    @Test
    void readingAnEntryTheServerAlreadyHasAsReadChangesNothing() {
        InboxEntryView read = backorder.markedRead();

        Rebase.LocalState state = Rebase.apply(baseOf(read), List.of(pending(new AcknowledgeInbox(read.id()))));

        assertThat(state.pending()).isEmpty();
    }

    @Test
    void aContactEditShowsTheNewValuesAndKeepsTheFieldsItDidNotTouch() {
        UpdateCustomerContact edit = new UpdateCustomerContact(harbor.id(), new ContactChanges("614-555-0199", null, ""), 3L);

        Rebase.LocalState state = Rebase.apply(base, List.of(pending(edit)));

        CustomerView shown = state.replica().customer(harbor.id()).orElseThrow();
        assertThat(shown.contact()).isEqualTo(new ContactDetails("614-555-0199", "orders@harbor.example", null));
        assertThat(shown.creditLimit()).isEqualTo(harbor.creditLimit());
        assertThat(state.pending()).containsExactly(new EntityKey(CustomerView.TYPE, harbor.id()));
    }

    @Test
    void twoEditsOfflineAreLaidInOrder() {
        UpdateCustomerContact first = new UpdateCustomerContact(harbor.id(), new ContactChanges("614-555-0199", null, null), 3L);
        UpdateCustomerContact second = new UpdateCustomerContact(harbor.id(), new ContactChanges(null, "dana@harbor.example", null), 3L);

        CustomerView shown = Rebase.apply(base, List.of(pending(first), pending(second))).replica().customer(harbor.id()).orElseThrow();

        assertThat(shown.contact()).isEqualTo(new ContactDetails("614-555-0199", "dana@harbor.example", "Dana Miles"));
    }

    @Test
    void anInvalidEditIsNotShownAsIfItWouldBeApplied() {
        UpdateCustomerContact edit = new UpdateCustomerContact(harbor.id(), new ContactChanges("not a number", null, null), 3L);

        assertThat(Rebase.apply(base, List.of(pending(edit))).replica().customer(harbor.id()).orElseThrow().contact())
                .isEqualTo(harbor.contact());
    }

    private static InboxEntryView entry(boolean read) {
        return new InboxEntryView(UUID.randomUUID(), REP, "ORDER_ADJUSTED", InboxEntryView.Attention.WARNING,
                "SO-000012 adjusted", "2 each backordered", "Tell the customer.", InboxEntryView.About.order(UUID.randomUUID(),
                "SO-000012"), NOW, read);
    }

    private static Rebase.Pending pending(DeviceCommand command) {
        return new Rebase.Pending(command, REP, NOW);
    }
}
