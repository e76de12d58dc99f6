package dev.depot.server.partners;

import dev.depot.model.commands.Violation;
import dev.depot.model.contact.ContactChanges;
import dev.depot.model.contact.ContactField;
import dev.depot.server.audit.Actor;
import dev.depot.server.audit.Audit;
import dev.depot.server.platform.ProblemException;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/** The office sets a customer's contact details: the office's copy is the reference, so it is taken as given. */
public final class ChangeCustomerContact {

    private final Partners partners;
    private final Audit audit;

    public ChangeCustomerContact(Partners partners, Audit audit) {
        this.partners = partners;
        this.audit = audit;
    }

    public Customer change(EntityManager em, UUID customerId, ContactChanges changes, Actor actor) {
        List<Violation> problems = new ArrayList<>();
        for (ContactField field : changes.changedFields()) {
            field.problemWith(changes.entered(field)).ifPresent(p -> problems.add(new Violation(field.wireName(), p)));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        Customer customer = partners.lock(em, customerId).orElseThrow(() -> ProblemException.notFound("customer " + customerId));
        Map<ContactField, String> values = new EnumMap<>(ContactField.class);
        changes.changedFields().stream()
                .filter(field -> !Objects.equals(changes.newValue(field), customer.contact().value(field)))
                .forEach(field -> values.put(field, changes.newValue(field)));
        partners.changeContact(em, customer, values, actor.userId());
        if (!values.isEmpty()) {
            audit.record(em, actor, "CUSTOMER_CONTACT_CHANGED", customer.code(), values.entrySet().stream()
                    .map(e -> e.getKey().wireName() + " set to " + MergeContactEdit.shown(e.getValue()))
                    .collect(Collectors.joining("; ")));
        }
        return customer;
    }
}
