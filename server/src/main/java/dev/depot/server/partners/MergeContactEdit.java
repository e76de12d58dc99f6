package dev.depot.server.partners;

import dev.depot.model.commands.UpdateCustomerContact;
import dev.depot.model.contact.ContactField;
import dev.depot.model.ids.UuidV7;
import dev.depot.server.audit.Audit;
import dev.depot.server.identity.Caller;
import dev.depot.server.platform.ProblemException;
import dev.depot.server.platform.ProblemType;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A rep's correction of a customer's contact details, made on the device against the version it
 * had, merged field by field ({@link ContactMerge}): what only the rep changed is taken, what both
 * sides changed keeps the office's value and files a conflict for the back office. Only the rep who
 * serves the customer may correct it.
 */
public final class MergeContactEdit {

    private final Partners partners;
    private final Audit audit;
    private final Clock clock;

    public MergeContactEdit(Partners partners, Audit audit, Clock clock) {
        this.partners = partners;
        this.audit = audit;
        this.clock = clock;
    }

    /** The edit, who made it (and on which device), and the command that carried it. */
    public record Edit(UpdateCustomerContact command, Caller editor, UUID commandId) {
    }

    /**
     * What became of the rep's edit: the fields that now hold the rep's value ({@code taken}, also
     * those that already did), and those that kept the office's value.
     */
    public record Merged(Customer customer, List<ContactField> taken, List<Kept> kept) {
    }

    /** A field that kept the office's value, with both values. */
    public record Kept(ContactField field, String deviceValue, String serverValue) {
    }

    public Merged merge(EntityManager em, Edit edit) {
        UpdateCustomerContact command = edit.command();
        Customer customer = partners.lock(em, command.customerId())
                .orElseThrow(() -> new ProblemException(ProblemType.UNKNOWN_REFERENCE, "customer " + command.customerId() + " does not exist"));
        if (!edit.editor().userId().equals(customer.repUserId())) {
            throw new ProblemException(ProblemType.FORBIDDEN, customer.name() + " is not one of your customers");
        }
        List<ContactMerge.FieldOutcome> outcomes = ContactMerge.merge(command.changes(), history(em, customer, edit));
        Map<ContactField, String> taken = new EnumMap<>(ContactField.class);
        outcomes.stream().filter(ContactMerge.Take.class::isInstance).map(ContactMerge.Take.class::cast)
                .forEach(take -> taken.put(take.field(), take.value()));
        partners.changeContact(em, customer, taken, edit.editor().userId());
        outcomes.stream().filter(ContactMerge.KeepServer.class::isInstance).map(ContactMerge.KeepServer.class::cast)
                .forEach(kept -> em.persist(new ContactConflict(UuidV7.next(), customer.id(), kept, edit, clock.instant())));
        audit.record(em, edit.editor().actor(), "CUSTOMER_CONTACT_EDITED", customer.code(), describe(outcomes));
        return new Merged(customer,
                outcomes.stream().filter(o -> !(o instanceof ContactMerge.KeepServer)).map(ContactMerge.FieldOutcome::field).toList(),
                outcomes.stream().filter(ContactMerge.KeepServer.class::isInstance).map(ContactMerge.KeepServer.class::cast)
                        .map(k -> new Kept(k.field(), k.deviceValue(), k.serverValue())).toList());
    }

    private Map<ContactField, ContactMerge.FieldHistory> history(EntityManager em, Customer customer, Edit edit) {
        Map<ContactField, List<ContactChange>> byField = partners.contactHistory(em, customer.id()).stream()
                .collect(Collectors.groupingBy(ContactChange::field, () -> new EnumMap<>(ContactField.class), Collectors.toList()));
        Map<ContactField, ContactMerge.FieldHistory> history = new EnumMap<>(ContactField.class);
        for (ContactField field : ContactField.values()) {
            history.put(field, ContactMerge.FieldHistory.of(byField.getOrDefault(field, List.of()), edit.command().baseVersion(),
                    edit.editor().userId(), customer.contact().value(field)));
        }
        return history;
    }

    private static String describe(List<ContactMerge.FieldOutcome> outcomes) {
        return outcomes.stream().map(outcome -> switch (outcome) {
            case ContactMerge.Take take -> take.field().wireName() + " set to " + shown(take.value());
            case ContactMerge.AlreadySo same -> same.field().wireName() + " already so";
            case ContactMerge.KeepServer kept -> kept.field().wireName() + " kept " + shown(kept.serverValue()) + " (device sent "
                    + shown(kept.deviceValue()) + "): conflict filed";
        }).collect(Collectors.joining("; "));
    }

    /** A value as people read it in the audit log and the inbox. */
    static String shown(String value) {
        return value == null ? "(none)" : value;
    }
}
