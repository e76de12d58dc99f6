package dev.depot.server.identity;

import dev.depot.model.identity.Role;
import dev.depot.server.audit.Actor;
import java.util.UUID;

/** Who is making a request: the signed-in person, their role, and the device when it comes from one. */
public record Caller(UUID userId, String username, String displayName, Role role, UUID warehouseId, UUID deviceId) {

    public boolean isDevice() {
        return deviceId != null;
    }

    /** The caller as the audit log names them. */
    public Actor actor() {
        return new Actor(userId, username, deviceId);
    }
}
