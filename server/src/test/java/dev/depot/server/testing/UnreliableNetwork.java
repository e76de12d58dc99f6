package dev.depot.server.testing;

import dev.depot.sync.client.SyncTransport;
import dev.depot.sync.client.SyncUnavailableException;
import dev.depot.sync.protocol.DeviceRegistration;
import dev.depot.sync.protocol.PullResponse;
import dev.depot.sync.protocol.PushRequest;
import dev.depot.sync.protocol.PushResponse;
import dev.depot.sync.protocol.RegisterDevice;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The real transport, with a connection a test can cut: after a given number of pulls the next one
 * fails as if the network had dropped. It also remembers the cursors pulled with, so a test can
 * tell what the device asked for again.
 */
public final class UnreliableNetwork implements SyncTransport {

    private final SyncTransport real;
    private final List<String> pulledCursors = new ArrayList<>();
    private int pullsUntilCut = Integer.MAX_VALUE;

    public UnreliableNetwork(SyncTransport real) {
        this.real = real;
    }

    /** Lets {@code pulls} more pulls through, then drops the connection once. */
    public synchronized void cutAfter(int pulls) {
        pullsUntilCut = pulls;
    }

    public synchronized List<String> pulledCursors() {
        return Collections.unmodifiableList(new ArrayList<>(pulledCursors)); // null for a pull without a cursor
    }

    @Override
    public DeviceRegistration register(RegisterDevice request) {
        return real.register(request);
    }

    @Override
    public PushResponse push(String token, PushRequest request) {
        return real.push(token, request);
    }

    @Override
    public PullResponse pull(String token, String cursor, long resultsAfter, Duration wait) {
        synchronized (this) {
            if (pullsUntilCut-- == 0) {
                pullsUntilCut = Integer.MAX_VALUE;
                throw new SyncUnavailableException("the connection dropped (cut by the test)");
            }
            pulledCursors.add(cursor);
        }
        return real.pull(token, cursor, resultsAfter, wait);
    }
}
