package dev.depot.mobile.sync;

import java.time.Instant;
import java.util.Optional;

/** What the status bar tells the person about sync. */
public record SyncStatus(Connection connection, int pending, Optional<Instant> lastSyncedAt, Optional<String> lastError) {

    /** Whether the last attempt reached the server. */
    public enum Connection {
        /** Nobody is signed in: there is nothing to sync. */
        SIGNED_OUT("Not signed in"),
        CONNECTING("Connecting…"),
        ONLINE("Online"),
        OFFLINE("Offline");

        private final String title;

        Connection(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    public static SyncStatus connecting(int pending, Optional<Instant> lastSyncedAt) {
        return new SyncStatus(Connection.CONNECTING, pending, lastSyncedAt, Optional.empty());
    }

    public static SyncStatus signedOut() {
        return new SyncStatus(Connection.SIGNED_OUT, 0, Optional.empty(), Optional.empty());
    }

    public SyncStatus withPending(int count) {
        return new SyncStatus(connection, count, lastSyncedAt, lastError);
    }
}
