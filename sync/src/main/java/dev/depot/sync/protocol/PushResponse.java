package dev.depot.sync.protocol;

import dev.depot.model.commands.CommandResult;
import java.util.List;

/** The stored result of every pushed command (a retry gets the same results) and the device's last applied seq. */
public record PushResponse(List<CommandResult> results, long lastSeq) {

    public PushResponse {
        results = results == null ? List.of() : List.copyOf(results);
    }
}
