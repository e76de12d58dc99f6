package dev.depot.model.contact;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The contact fields a person changed, and nothing else: a field left null was not touched (so the
 * server keeps whatever it has), and an empty text clears the field.
 */
public record ContactChanges(String phone, String email, String contactName) {

    /** Only the fields that differ from {@code before}: what to send when a form was saved. */
    public static ContactChanges between(ContactDetails before, ContactDetails after) {
        String[] values = new String[ContactField.values().length];
        for (ContactField field : ContactField.values()) {
            String now = after.value(field);
            if (!Objects.equals(before.value(field), now)) {
                values[field.ordinal()] = now == null ? "" : now;
            }
        }
        return new ContactChanges(values[ContactField.PHONE.ordinal()], values[ContactField.EMAIL.ordinal()],
                values[ContactField.CONTACT_NAME.ordinal()]);
    }

    /** The fields this change touches, in the order of {@link ContactField}. */
    public Set<ContactField> changedFields() {
        Set<ContactField> fields = EnumSet.noneOf(ContactField.class);
        for (ContactField field : ContactField.values()) {
            if (entered(field) != null) {
                fields.add(field);
            }
        }
        return fields;
    }

    /** True when no field is touched; not named {@code isEmpty}, which JSON-B would send as a property. */
    public boolean changesNothing() {
        return changedFields().isEmpty();
    }

    /** The value a changed field gets; null when the change clears it. */
    public String newValue(ContactField field) {
        return ContactField.normalized(entered(field));
    }

    /** The field as the person typed it; null when they did not touch it. */
    public String entered(ContactField field) {
        return switch (field) {
            case PHONE -> phone;
            case EMAIL -> email;
            case CONTACT_NAME -> contactName;
        };
    }
}
