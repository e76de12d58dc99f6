package dev.depot.server.identity;

import dev.depot.server.platform.ProblemException;
import dev.depot.server.platform.ProblemType;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/** The devices a person oversees ({@link DeviceOversight}), a page at a time, the most recently seen first. */
public final class RegisteredDevices {

    private RegisteredDevices() {
    }

    public static List<Devices.Registered> page(EntityManager em, Caller viewer, int offset, int limit) {
        return new Devices(em).page(oversight(viewer).warehouseLimit(), offset, limit);
    }

    /** One device the viewer oversees; 404 when there is no such device, 403 when it is someone else's to manage. */
    public static Devices.Registered one(EntityManager em, Caller viewer, UUID deviceId) {
        DeviceOversight oversight = oversight(viewer);
        Device device = new Devices(em).byId(deviceId).orElseThrow(() -> ProblemException.notFound("device " + deviceId));
        UserAccount owner = new Users(em).byId(device.userId()).orElseThrow();
        if (!oversight.covers(owner.warehouseId())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "the devices of " + owner.displayName() + " are managed by their "
                    + "own warehouse's supervisor or an administrator");
        }
        return new Devices.Registered(device, owner);
    }

    private static DeviceOversight oversight(Caller viewer) {
        DeviceOversight oversight = DeviceOversight.of(viewer);
        if (!oversight.oversees()) {
            throw new ProblemException(ProblemType.FORBIDDEN, viewer.role().title()
                    + " does not manage devices; administrators and warehouse supervisors do");
        }
        return oversight;
    }
}
