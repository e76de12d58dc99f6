package dev.depot.server.admin;

/** The question before a device is revoked: this device, of this person; revoke it, or go back. */
public record RevokeDeviceView(Layout layout, DeviceListView.DeviceRow device) {

    public String action() {
        return device.revokePath();
    }

    public String cancel() {
        return DeviceListView.PATH;
    }

    public String csrfField() {
        return Csrf.FIELD;
    }

    public String csrf() {
        return layout.csrf();
    }
}
