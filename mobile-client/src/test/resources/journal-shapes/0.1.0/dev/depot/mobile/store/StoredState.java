package dev.depot.mobile.store;

import java.util.ArrayList;
import java.util.HashMap;

/**
 * Everything the journal keeps, as plain objects EclipseStore can persist without JVM flags
 * (records live inside as protocol JSON). A stored state is never modified: each write builds a
 * new one that shares the unchanged collections, so nothing already stored can change unseen.
 */
final class StoredState {

    /** The server this device last signed in to; kept through a wipe to prefill the next sign-in. */
    final String serverAddress;
    final String registration;
    final long lastIssuedSeq;
    final ArrayList<StoredCommand> outbox;
    final HashMap<String, StoredView> base;
    final String cursor;
    final ArrayList<String> scopes;
    final ArrayList<String> results;
    final long resultsThrough;
    final String lastSyncedAt;

    StoredState(Builder b) {
        this.serverAddress = b.serverAddress;
        this.registration = b.registration;
        this.lastIssuedSeq = b.lastIssuedSeq;
        this.outbox = b.outbox;
        this.base = b.base;
        this.cursor = b.cursor;
        this.scopes = b.scopes;
        this.results = b.results;
        this.resultsThrough = b.resultsThrough;
        this.lastSyncedAt = b.lastSyncedAt;
    }

    static StoredState empty(String serverAddress) {
        Builder b = new Builder();
        b.serverAddress = serverAddress;
        return new StoredState(b);
    }

    Builder toBuilder() {
        Builder b = new Builder();
        b.serverAddress = serverAddress;
        b.registration = registration;
        b.lastIssuedSeq = lastIssuedSeq;
        b.outbox = outbox;
        b.base = base;
        b.cursor = cursor;
        b.scopes = scopes;
        b.results = results;
        b.resultsThrough = resultsThrough;
        b.lastSyncedAt = lastSyncedAt;
        return b;
    }

    /** A mutable draft of the next state; collections put here must be new objects, never the old ones edited. */
    static final class Builder {
        String serverAddress;
        String registration;
        long lastIssuedSeq;
        ArrayList<StoredCommand> outbox = new ArrayList<>();
        HashMap<String, StoredView> base = new HashMap<>();
        String cursor;
        ArrayList<String> scopes = new ArrayList<>();
        ArrayList<String> results = new ArrayList<>();
        long resultsThrough;
        String lastSyncedAt;

        StoredState build() {
            return new StoredState(this);
        }
    }
}
