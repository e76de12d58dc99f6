package dev.depot.model.contact;

/**
 * How to reach a customer: phone, email and the person to ask for. Each may be absent (null); blank
 * text counts as absent, so "" and null never differ.
 */
public record ContactDetails(String phone, String email, String contactName) {

    public static final ContactDetails NONE = new ContactDetails(null, null, null);

    public ContactDetails {
        phone = ContactField.normalized(phone);
        email = ContactField.normalized(email);
        contactName = ContactField.normalized(contactName);
    }

    public String value(ContactField field) {
        return switch (field) {
            case PHONE -> phone;
            case EMAIL -> email;
            case CONTACT_NAME -> contactName;
        };
    }

    /** These details with one field set (null or blank clears it). */
    public ContactDetails with(ContactField field, String value) {
        return switch (field) {
            case PHONE -> new ContactDetails(value, email, contactName);
            case EMAIL -> new ContactDetails(phone, value, contactName);
            case CONTACT_NAME -> new ContactDetails(phone, email, value);
        };
    }

    /** These details with every change applied. */
    public ContactDetails with(ContactChanges changes) {
        ContactDetails result = this;
        for (ContactField field : changes.changedFields()) {
            result = result.with(field, changes.newValue(field));
        }
        return result;
    }
}
