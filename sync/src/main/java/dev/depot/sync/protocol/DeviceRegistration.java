package dev.depot.sync.protocol;

import dev.depot.model.identity.Role;
import java.util.UUID;

/**
 * A registered device: its id and its token (shown once; the server keeps only a hash), and who
 * signed in on it.
 */
public record DeviceRegistration(UUID deviceId, String token, UUID userId, String username, String displayName,
                                 Role role, UUID warehouseId) {
}
