package dev.depot.server.platform;

import io.helidon.http.Status;

/**
 * The kinds of error the API answers with, each with a stable {@code type} URI that programs can
 * switch on and a title people can read (RFC 9457 problem details).
 */
public enum ProblemType {
    MALFORMED_REQUEST("malformed-request", Status.BAD_REQUEST_400, "The request could not be read"),
    VALIDATION_FAILED("validation-failed", Status.BAD_REQUEST_400, "The request has invalid fields"),
    UNKNOWN_REFERENCE("unknown-reference", Status.UNPROCESSABLE_CONTENT_422, "The request refers to something that does not exist"),
    NOT_FOUND("not-found", Status.NOT_FOUND_404, "Not found"),
    UNAUTHENTICATED("unauthenticated", Status.UNAUTHORIZED_401, "Sign in first"),
    /** The back office revoked the device (or its person may no longer sign in): it must wipe what it holds. */
    DEVICE_REVOKED("device-revoked", Status.UNAUTHORIZED_401, "This device was signed out by the office"),
    FORBIDDEN("forbidden", Status.FORBIDDEN_403, "Your role may not do this"),
    INVALID_STATE("invalid-state", Status.CONFLICT_409, "Not possible in the current state"),
    SYNC_PROTOCOL("sync-protocol", Status.CONFLICT_409, "The sync request breaks the protocol"),
    /** The change log no longer reaches back to the device's cursor: it must download a fresh copy, keeping its outbox. */
    RESYNC_REQUIRED("resync-required", Status.GONE_410, "The device must download a fresh copy"),
    BATCH_TOO_LARGE("batch-too-large", Status.REQUEST_ENTITY_TOO_LARGE_413, "Too much in one request"),
    UNSUPPORTED_PROTOCOL("unsupported-protocol", Status.create(426, "Upgrade Required"),
            "The app and the server speak different sync protocol versions"),
    INTERNAL("internal", Status.INTERNAL_SERVER_ERROR_500, "Something went wrong on the server");

    private static final String BASE = "https://depot.dev/problems/";

    private final String slug;
    private final Status status;
    private final String title;

    ProblemType(String slug, Status status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public String uri() {
        return BASE + slug;
    }

    public Status status() {
        return status;
    }

    public String title() {
        return title;
    }
}
