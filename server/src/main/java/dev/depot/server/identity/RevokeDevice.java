package dev.depot.server.identity;

import dev.depot.server.audit.Audit;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.UUID;

/**
 * The back office signs a device out for good (lost, stolen, handed to someone else): its token
 * never opens anything again, and its next request tells it to wipe its replica. Revoking twice
 * changes nothing the second time.
 */
public final class RevokeDevice {

    private final Audit audit;
    private final Clock clock;

    public RevokeDevice(Audit audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    public Devices.Registered revoke(EntityManager em, UUID deviceId, Caller by) {
        Devices.Registered registered = RegisteredDevices.one(em, by, deviceId);
        Device device = registered.device();
        UserAccount owner = registered.owner();
        em.refresh(device, LockModeType.PESSIMISTIC_WRITE); // a push holding the row finishes first; its newer version is kept
        if (!device.isRevoked()) {
            device.revoke(clock.instant());
            audit.record(em, by.actor(), "DEVICE_REVOKED", "device " + device.id(), "'" + device.name() + "' of " + owner.username());
        }
        return registered;
    }
}
