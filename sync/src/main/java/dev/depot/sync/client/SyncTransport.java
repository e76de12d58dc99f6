package dev.depot.sync.client;

import dev.depot.sync.protocol.DeviceRegistration;
import dev.depot.sync.protocol.PullResponse;
import dev.depot.sync.protocol.PushRequest;
import dev.depot.sync.protocol.PushResponse;
import dev.depot.sync.protocol.RegisterDevice;
import java.time.Duration;

/**
 * How a device reaches the server. Implementations throw {@link SyncUnavailableException} when the
 * server cannot be reached (the device is offline: try later) and {@link SyncRefusedException}
 * when the server answered with a refusal (fix something first).
 */
public interface SyncTransport {

    DeviceRegistration register(RegisterDevice request);

    PushResponse push(String token, PushRequest request);

    /**
     * @param cursor       the cursor of the last pull, or null for a fresh copy
     * @param resultsAfter send stored command results with a higher seq than this
     * @param wait         how long the server may hold the request open waiting for a change
     */
    PullResponse pull(String token, String cursor, long resultsAfter, Duration wait);
}
