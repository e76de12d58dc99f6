package dev.depot.server.partners;

import dev.depot.model.contact.ContactField;
import dev.depot.model.views.InboxEntryView;
import dev.depot.server.audit.Audit;
import dev.depot.server.identity.Caller;
import dev.depot.server.inbox.Inbox;
import dev.depot.server.inbox.InboxNotice;
import dev.depot.server.platform.ProblemException;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * The back office settles a contact conflict by choosing one of the two values. Choosing the rep's
 * value applies it (and publishes it to the devices); either way the choice goes to the audit log
 * and the rep is told.
 */
public final class ResolveContactConflict {

    private final Partners partners;
    private final ContactConflicts conflicts;
    private final Inbox inbox;
    private final Audit audit;
    private final Clock clock;

    public ResolveContactConflict(Partners partners, ContactConflicts conflicts, Inbox inbox, Audit audit, Clock clock) {
        this.partners = partners;
        this.conflicts = conflicts;
        this.inbox = inbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** A settled conflict: the customer and the value the field now holds. */
    public record Resolved(ContactConflict conflict, Customer customer, String value) {
    }

    public Resolved resolve(EntityManager em, UUID conflictId, ContactConflict.Choice choice, Caller caller) {
        ContactConflict conflict = conflicts.lock(em, conflictId)
                .orElseThrow(() -> ProblemException.notFound("contact conflict " + conflictId));
        conflict.resolve(choice, caller.displayName(), clock.instant());
        Customer customer = partners.lock(em, conflict.customerId()).orElseThrow();
        if (choice == ContactConflict.Choice.REP_VALUE) {
            Map<ContactField, String> value = new EnumMap<>(ContactField.class);
            value.put(conflict.field(), conflict.deviceValue());
            partners.changeContact(em, customer, value, caller.userId());
        }
        String now = MergeContactEdit.shown(customer.contact().value(conflict.field()));
        audit.record(em, caller.actor(), "CONTACT_CONFLICT_RESOLVED", customer.code(), conflict.field().wireName() + ": chose "
                + choice.whose() + " value " + now + " (rep sent " + MergeContactEdit.shown(conflict.deviceValue()) + ", office had "
                + MergeContactEdit.shown(conflict.serverValue()) + ")");
        tellTheRep(em, conflict, customer, now);
        return new Resolved(conflict, customer, customer.contact().value(conflict.field()));
    }

    private void tellTheRep(EntityManager em, ContactConflict conflict, Customer customer, String value) {
        String field = conflict.field().title().toLowerCase();
        String decision = conflict.chosen() == ContactConflict.Choice.REP_VALUE ? "The office chose your " + field
                : "The office kept its " + field;
        inbox.tell(em, conflict.raisedBy(), InboxNotice.of("CONTACT_CONFLICT_RESOLVED", InboxEntryView.Attention.NOTE,
                customer.name() + ": " + field + " settled", decision + ", " + value + ".", "Nothing to do.",
                InboxEntryView.About.customer(customer.id())));
    }
}
