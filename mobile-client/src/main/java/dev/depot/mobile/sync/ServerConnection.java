package dev.depot.mobile.sync;

import dev.depot.sync.client.HttpSyncTransport;
import dev.depot.sync.client.SyncTransport;
import dev.depot.sync.protocol.DeviceRegistration;
import dev.depot.sync.protocol.PullResponse;
import dev.depot.sync.protocol.PushRequest;
import dev.depot.sync.protocol.PushResponse;
import dev.depot.sync.protocol.RegisterDevice;
import java.net.URI;
import java.time.Duration;

/**
 * The HTTP transport to whichever server the person signed in to. The sign-in screen may point
 * it elsewhere before registering; the sync client and its background loop keep the same object.
 */
public final class ServerConnection implements SyncTransport {

    private final Duration timeout;
    private final String appVersion;
    private volatile URI address;
    private volatile HttpSyncTransport http;

    /** @param appVersion reported with every request, so the back office sees which version each device runs */
    public ServerConnection(URI address, Duration timeout, String appVersion) {
        this.timeout = timeout;
        this.appVersion = appVersion;
        pointAt(address);
    }

    public void pointAt(URI newAddress) {
        this.http = new HttpSyncTransport(newAddress, timeout, appVersion);
        this.address = newAddress;
    }

    public URI address() {
        return address;
    }

    @Override
    public DeviceRegistration register(RegisterDevice request) {
        return http.register(request);
    }

    @Override
    public PushResponse push(String token, PushRequest request) {
        return http.push(token, request);
    }

    @Override
    public PullResponse pull(String token, String cursor, long resultsAfter, Duration wait) {
        return http.pull(token, cursor, resultsAfter, wait);
    }
}
