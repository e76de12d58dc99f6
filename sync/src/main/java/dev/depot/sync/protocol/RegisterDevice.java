package dev.depot.sync.protocol;

/** Sign-in on a device: the person's login, and how the device calls itself. */
public record RegisterDevice(String username, String password, String deviceName, String appVersion) {
}
