package dev.depot.server.partners;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.model.contact.ContactChanges;
import dev.depot.model.contact.ContactField;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ContactMergeTest {

    private static final UUID REP = UUID.randomUUID();
    private static final UUID OFFICE = UUID.randomUUID();

    @Test
    void aFieldOnlyTheRepChangedTakesTheRepsValue() {
        var outcomes = ContactMerge.merge(new ContactChanges("614-555-0199", null, null),
                history(ContactField.PHONE, new ContactMerge.FieldHistory("614-555-0100", "614-555-0100", false)));

        assertThat(outcomes).containsExactly(new ContactMerge.Take(ContactField.PHONE, "614-555-0199"));
    }

    @Test
    void aFieldBothChangedKeepsTheServersValueAndRemembersAllThree() {
        var outcomes = ContactMerge.merge(new ContactChanges("614-555-0199", null, null),
                history(ContactField.PHONE, new ContactMerge.FieldHistory("614-555-0100", "614-555-0222", true)));

        assertThat(outcomes).containsExactly(new ContactMerge.KeepServer(ContactField.PHONE, "614-555-0199", "614-555-0222",
                "614-555-0100"));
    }

    @Test
    void bothSidesMakingTheSameCorrectionIsNoConflict() {
        var outcomes = ContactMerge.merge(new ContactChanges(null, "dana@harbor.example", null),
                history(ContactField.EMAIL, new ContactMerge.FieldHistory("orders@harbor.example", "dana@harbor.example", true)));

        assertThat(outcomes).containsExactly(new ContactMerge.AlreadySo(ContactField.EMAIL));
    }

    @Test
    void eachFieldIsMergedOnItsOwn() {
        Map<ContactField, ContactMerge.FieldHistory> history = new EnumMap<>(ContactField.class);
        history.put(ContactField.PHONE, new ContactMerge.FieldHistory("1", "2", true));
        history.put(ContactField.CONTACT_NAME, new ContactMerge.FieldHistory("Dana", "Dana", false));

        var outcomes = ContactMerge.merge(new ContactChanges("3", null, "Sam"), history);

        assertThat(outcomes).containsExactly(new ContactMerge.KeepServer(ContactField.PHONE, "3", "2", "1"),
                new ContactMerge.Take(ContactField.CONTACT_NAME, "Sam"));
    }

    @Test
    void theBaseValueIsTheLastChangeAtOrBeforeTheVersionTheDeviceSaw() {
        List<ContactChange> changes = List.of(change("A", 2, OFFICE), change("B", 5, OFFICE), change("C", 9, OFFICE));

        assertThat(ContactMerge.FieldHistory.of(changes, 6, REP, "C")).isEqualTo(new ContactMerge.FieldHistory("B", "C", true));
        assertThat(ContactMerge.FieldHistory.of(changes, 1, REP, "C").baseValue()).as("before the first change there was none").isNull();
        assertThat(ContactMerge.FieldHistory.of(changes, 9, REP, "C").changedByOthersSince()).isFalse();
    }

    @Test
    void theRepsOwnEarlierEditIsNotAConflictWithTheirNextOne() {
        List<ContactChange> changes = List.of(change("A", 2, OFFICE), change("B", 7, REP));

        assertThat(ContactMerge.FieldHistory.of(changes, 6, REP, "B").changedByOthersSince()).isFalse();
    }

    private static Map<ContactField, ContactMerge.FieldHistory> history(ContactField field, ContactMerge.FieldHistory history) {
        Map<ContactField, ContactMerge.FieldHistory> all = new EnumMap<>(ContactField.class);
        all.put(field, history);
        return all;
    }

    private static ContactChange change(String value, long version, UUID by) {
        return new ContactChange(UUID.randomUUID(), UUID.randomUUID(), ContactField.PHONE, value, version, by, Instant.EPOCH);
    }
}
