package dev.depot.server.identity;

/** Why a token opens nothing. Each reason answers differently, because the client must act differently. */
public enum TokenRefusal {
    /** No such token, or a session signed out: sign in. */
    UNKNOWN,
    /** The session lived its configured time: sign in again. */
    SESSION_EXPIRED,
    /** The back office revoked the device, or its person may no longer sign in: the device must wipe its replica. */
    DEVICE_SIGNED_OUT
}
