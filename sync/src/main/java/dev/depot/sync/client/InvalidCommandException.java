package dev.depot.sync.client;

import dev.depot.model.commands.Violation;
import java.util.List;
import java.util.stream.Collectors;

/** A command the device will not record because it is wrong in itself; the message lists why. */
public class InvalidCommandException extends IllegalArgumentException {

    private final List<Violation> violations;

    public InvalidCommandException(List<Violation> violations) {
        super(violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
