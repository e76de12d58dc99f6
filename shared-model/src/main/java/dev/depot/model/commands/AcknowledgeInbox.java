package dev.depot.model.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A person has read one of their inbox entries. A command like any other, so it is recorded
 * offline and the badge goes down at once; the server accepts it only for the person's own entries.
 */
public record AcknowledgeInbox(UUID entryId) implements DeviceCommand {

    public static final String TYPE = "AcknowledgeInbox";

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
        if (entryId == null) {
            violations.add(new Violation("entryId", "is required"));
        }
        return violations;
    }
}
