package dev.depot.server.partners;

import dev.depot.model.contact.ContactChanges;
import dev.depot.model.contact.ContactField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * How a rep's contact edit meets the office's copy, field by field. A field nobody else changed
 * since the version the rep saw takes the rep's value; a field someone else changed since keeps the
 * server's value, and the difference becomes a conflict for the back office. Nothing is overwritten
 * silently. Pure: the history comes in, the decision goes out.
 */
final class ContactMerge {

    private ContactMerge() {
    }

    /** What happened to one contact field since the version a device saw. */
    record FieldHistory(String baseValue, String serverValue, boolean changedByOthersSince) {

        /**
         * The field's history as read from its changes, oldest first: its value at {@code baseVersion}
         * (none before the first change) and whether anyone but {@code editor} changed it after.
         */
        static FieldHistory of(List<ContactChange> changes, long baseVersion, UUID editor, String serverValue) {
            String base = null;
            boolean byOthers = false;
            for (ContactChange change : changes) {
                if (change.version() <= baseVersion) {
                    base = change.newValue();
                } else if (!editor.equals(change.changedBy())) {
                    byOthers = true;
                }
            }
            return new FieldHistory(base, serverValue, byOthers);
        }
    }

    /** What becomes of one field the rep changed. */
    sealed interface FieldOutcome {
        ContactField field();
    }

    /** The rep's value is taken. */
    record Take(ContactField field, String value) implements FieldOutcome {
    }

    /** The server already holds the rep's value: nothing to do. */
    record AlreadySo(ContactField field) implements FieldOutcome {
    }

    /** Both sides changed it: the server's value stays, the rep's goes to the back office. */
    record KeepServer(ContactField field, String deviceValue, String serverValue, String baseValue) implements FieldOutcome {
    }

    static List<FieldOutcome> merge(ContactChanges edit, Map<ContactField, FieldHistory> history) {
        List<FieldOutcome> outcomes = new ArrayList<>();
        for (ContactField field : edit.changedFields()) {
            String wanted = edit.newValue(field);
            FieldHistory h = history.get(field);
            if (Objects.equals(wanted, h.serverValue())) {
                outcomes.add(new AlreadySo(field));
            } else if (h.changedByOthersSince()) {
                outcomes.add(new KeepServer(field, wanted, h.serverValue(), h.baseValue()));
            } else {
                outcomes.add(new Take(field, wanted));
            }
        }
        return outcomes;
    }
}
