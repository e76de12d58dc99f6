package dev.depot.server.admin;

import dev.depot.server.identity.Device;
import dev.depot.server.identity.Devices;
import dev.depot.server.identity.UserAccount;
import dev.depot.server.syncapi.PushedCommands;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Devices as the devices page shows them: with their person, their activity and their pushed commands. */
final class DeviceRows {

    private final Display display;

    DeviceRows(Display display) {
        this.display = display;
    }

    static String revokePath(UUID deviceId) {
        return DeviceListView.PATH + "/" + deviceId + "/revoke";
    }

    List<DeviceListView.DeviceRow> rows(List<Devices.Registered> devices, Map<UUID, PushedCommands.Tally> tallies) {
        return devices.stream()
                .map(d -> row(d, tallies.getOrDefault(d.device().id(), PushedCommands.Tally.NONE)))
                .toList();
    }

    DeviceListView.DeviceRow row(Devices.Registered registered, PushedCommands.Tally tally) {
        Device device = registered.device();
        UserAccount owner = registered.owner();
        var person = new DeviceListView.Person(owner.displayName(), owner.username(), owner.role().title());
        var activity = new DeviceListView.Activity(display.date(device.registeredAt()), display.time(device.lastSeenAt()),
                device.lastSeq(), tally.pushed(), tally.rejected());
        String appVersion = device.appVersion() == null ? "—" : device.appVersion();
        return new DeviceListView.DeviceRow(device.id().toString(), device.name(), appVersion, person, activity,
                device.revokedAt().map(display::time).orElse(null), device.isRevoked() ? null : revokePath(device.id()));
    }
}
