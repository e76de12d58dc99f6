package dev.depot.sync.protocol;

import java.util.List;
import java.util.UUID;

/** A batch of a device's commands, in {@code seq} order, starting at or below the server's next expected one. */
public record PushRequest(UUID deviceId, List<CommandEnvelope> commands) {

    public PushRequest {
        commands = commands == null ? List.of() : List.copyOf(commands);
    }
}
