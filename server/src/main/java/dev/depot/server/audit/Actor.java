package dev.depot.server.audit;

import java.util.UUID;

/** Who did something: a person (and the device they used), or the system itself. */
public record Actor(UUID userId, String name, UUID deviceId) {

    public static final Actor SYSTEM = new Actor(null, "system", null);
}
