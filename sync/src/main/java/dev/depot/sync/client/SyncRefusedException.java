package dev.depot.sync.client;

/**
 * The server refused the request (an {@code application/problem+json} answer): wrong password,
 * revoked device, a protocol error. {@link #getMessage()} is the problem's title and detail.
 */
public class SyncRefusedException extends RuntimeException {

    /** The problem type of a device the back office revoked: it must wipe what it holds (docs/sync.md). */
    public static final String DEVICE_REVOKED = "https://depot.dev/problems/device-revoked";
    /** The problem type of a protocol version the server does not serve: the app (or the server) must be updated. */
    public static final String UNSUPPORTED_PROTOCOL = "https://depot.dev/problems/unsupported-protocol";

    /** The problem type of a cursor the change log no longer reaches back to: pull a fresh copy, keep the outbox. */
    public static final String RESYNC_REQUIRED = "https://depot.dev/problems/resync-required";

    private final int status;
    private final String type;

    public SyncRefusedException(int status, String type, String message) {
        super(message);
        this.status = status;
        this.type = type;
    }

    public int status() {
        return status;
    }

    /** The problem's stable {@code type} URI. */
    public String type() {
        return type;
    }

    public boolean isUnauthorized() {
        return status == 401;
    }

    /** The back office signed this device out: it may never sync again and must wipe its replica. */
    public boolean isDeviceRevoked() {
        return status == 401 && DEVICE_REVOKED.equals(type);
    }

    /** The server does not serve this app's protocol version: syncing again changes nothing until someone updates. */
    public boolean isUnsupportedProtocol() {
        return UNSUPPORTED_PROTOCOL.equals(type);
    }

    /** The server pruned its change log past this device's cursor: pull without one, keeping the outbox and results. */
    public boolean isResyncRequired() {
        return RESYNC_REQUIRED.equals(type);
    }
}
