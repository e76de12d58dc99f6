package dev.depot.model.commands;

import dev.depot.model.contact.ContactChanges;
import dev.depot.model.contact.ContactField;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A rep corrects a customer's contact details on the device: only the fields they changed, and the
 * customer's version they saw ({@code baseVersion}). The server merges field by field: a field the
 * office has not changed since that version takes the rep's value; one changed on both sides keeps
 * the office's value and goes to the back office to decide.
 */
public record UpdateCustomerContact(UUID customerId, ContactChanges changes, Long baseVersion) implements DeviceCommand {

    public static final String TYPE = "UpdateCustomerContact";

    @Override
    public String typeName() {
        return TYPE;
    }

    @Override
    public boolean isPhysicalFact() {
        return false;
    }

    @Override
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (customerId == null) {
            violations.add(new Violation("customerId", "is required"));
        }
        if (baseVersion == null || baseVersion < 0) {
            violations.add(new Violation("baseVersion", "is required: the customer's version the change was made on"));
        }
        if (changes == null || changes.changesNothing()) {
            violations.add(new Violation("changes", "change at least one of phone, email and contactName"));
            return violations;
        }
        for (ContactField field : changes.changedFields()) {
            field.problemWith(changes.entered(field)).ifPresent(p -> violations.add(new Violation("changes." + field.wireName(), p)));
        }
        return violations;
    }
}
