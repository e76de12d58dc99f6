package dev.depot.model.contact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContactChangesTest {

    private final ContactDetails onFile = new ContactDetails("614-555-0100", "orders@harbor.example", "Dana Miles");

    @Test
    void onlyTheFieldsAFormChangedAreSent() {
        ContactDetails edited = onFile.with(ContactField.PHONE, "614-555-0199");

        ContactChanges changes = ContactChanges.between(onFile, edited);

        assertThat(changes).isEqualTo(new ContactChanges("614-555-0199", null, null));
        assertThat(changes.changedFields()).containsExactly(ContactField.PHONE);
    }

    @Test
    void clearingAFieldIsSentAsEmptyTextAndAppliesAsNone() {
        ContactChanges changes = ContactChanges.between(onFile, onFile.with(ContactField.CONTACT_NAME, "  "));

        assertThat(changes.contactName()).isEmpty();
        assertThat(changes.newValue(ContactField.CONTACT_NAME)).isNull();
        assertThat(onFile.with(changes).contactName()).isNull();
        assertThat(onFile.with(changes).phone()).isEqualTo("614-555-0100");
    }

    @Test
    void anUnchangedFormChangesNothing() {
        assertThat(ContactChanges.between(onFile, new ContactDetails(" 614-555-0100 ", "orders@harbor.example", "Dana Miles"))
                .changesNothing()).isTrue();
    }

    @Test
    void blankTextAndNoValueAreTheSameDetail() {
        assertThat(new ContactDetails("", " ", null)).isEqualTo(ContactDetails.NONE);
    }

    @Test
    void eachFieldSaysWhatMakesAValueUnusable() {
        assertThat(ContactField.PHONE.problemWith("+1 (614) 555-0100 x12")).isEmpty();
        assertThat(ContactField.PHONE.problemWith("call Dana")).hasValueSatisfying(p -> assertThat(p).startsWith("is not a phone"));
        assertThat(ContactField.EMAIL.problemWith("dana@harbor.example")).isEmpty();
        assertThat(ContactField.EMAIL.problemWith("dana at harbor")).isPresent();
        assertThat(ContactField.CONTACT_NAME.problemWith("x".repeat(121))).hasValue("has at most 120 characters, got 121");
        assertThat(ContactField.EMAIL.problemWith("")).as("clearing is allowed").isEmpty();
    }
}
