package dev.depot.server.identity;

import dev.depot.model.identity.Role;
import java.util.Optional;
import java.util.UUID;

/**
 * Whose devices a person may see and revoke: an administrator every device; a warehouse supervisor
 * the devices of the people in their own warehouse (a lost scanner should not wait for head office);
 * nobody else any.
 */
public record DeviceOversight(Role role, UUID warehouseId) {

    public static DeviceOversight of(Caller caller) {
        return new DeviceOversight(caller.role(), caller.warehouseId());
    }

    /** Whether this person oversees any devices at all. */
    public boolean oversees() {
        return role == Role.ADMIN || (role == Role.SUPERVISOR && warehouseId != null);
    }

    /** Whether this person oversees the devices of someone in {@code ownerWarehouse} (null: no warehouse). */
    public boolean covers(UUID ownerWarehouse) {
        return role == Role.ADMIN || (oversees() && warehouseId.equals(ownerWarehouse));
    }

    /** The warehouse the list is limited to; empty for an administrator, who sees every device. */
    Optional<UUID> warehouseLimit() {
        return role == Role.ADMIN ? Optional.empty() : Optional.ofNullable(warehouseId);
    }
}
