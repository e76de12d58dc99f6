package dev.depot.server.syncapi;

import dev.depot.model.commands.CommandResult;
import dev.depot.model.commands.Outcome;
import dev.depot.model.contact.ContactField;
import dev.depot.server.partners.MergeContactEdit;
import dev.depot.sync.protocol.CommandEnvelope;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What a rep is told about their contact edit: taken as sent, or which field kept the office's value. */
final class ContactResults {

    private ContactResults() {
    }

    static CommandResult of(CommandEnvelope envelope, MergeContactEdit.Merged merged) {
        String customer = merged.customer().name();
        Map<String, String> references = Map.of("customerId", merged.customer().id().toString());
        if (merged.kept().isEmpty()) {
            return new CommandResult(envelope.commandId(), envelope.seq(), Outcome.APPLIED, "CONTACT_UPDATED",
                    customer + ": " + fields(merged.taken()) + " updated", "None.", references);
        }
        String kept = merged.kept().stream()
                .map(k -> k.field().title() + " kept the office's value " + quoted(k.serverValue()) + " (you sent "
                        + quoted(k.deviceValue()) + ")")
                .collect(Collectors.joining("; "));
        String taken = merged.taken().isEmpty() ? "" : " " + capitalized(fields(merged.taken())) + " updated.";
        return new CommandResult(envelope.commandId(), envelope.seq(), Outcome.ADJUSTED, "CONTACT_KEPT_OFFICE_VALUE",
                customer + ": " + kept + ", because the office changed it too." + taken,
                "Nothing to do now: the back office chooses between the two values, and you will see it here.", references);
    }

    private static String fields(List<ContactField> fields) {
        return fields.stream().map(f -> f.title().toLowerCase()).collect(Collectors.joining(", "));
    }

    private static String quoted(String value) {
        return value == null ? "(none)" : "\u201c" + value + "\u201d";
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
