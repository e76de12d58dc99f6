package dev.depot.mobile.signin;

import dev.depot.sync.protocol.DeviceRegistration;
import java.net.URI;

/** Registers this device with a server for a person; needs the network, so it never runs on the UI thread. */
@FunctionalInterface
public interface SignIn {

    DeviceRegistration signIn(URI server, String username, String password);
}
