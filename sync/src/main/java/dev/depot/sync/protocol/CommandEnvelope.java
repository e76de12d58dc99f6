package dev.depot.sync.protocol;

import dev.depot.model.commands.DeviceCommand;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A command as it travels: made once on a device with its id (UUIDv7), the device's gapless
 * sequence number, the device clock's time (kept for audit, never trusted for ordering) and the
 * version of each record the person saw ({@code "customer:<id>" -> 7}).
 */
public record CommandEnvelope(UUID commandId, UUID deviceId, long seq, Instant occurredAt,
                              Map<String, Long> baseVersions, DeviceCommand command) {

    public CommandEnvelope {
        baseVersions = baseVersions == null ? Map.of() : Map.copyOf(baseVersions);
    }
}
