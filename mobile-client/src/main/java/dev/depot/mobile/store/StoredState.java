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
    /**
     * What a revoked registration recorded and never sent ({@code UnsentCommand} as JSON), kept until the
     * person lets it go. Added after 0.1.0: a journal written by 0.1.0 opens with null here (see
     * docs/decisions/device-store.md), which reads as none.
     */
    final ArrayList<String> unsent;
    /**
     * The pages of a fresh copy under way, each page a list of its own so a page is written once
     * and never rewritten; they replace {@link #base} with the copy's last page. Added after 0.1.0:
     * null in an older journal, which reads as none.
     */
    final ArrayList<ArrayList<StoredView>> staged;

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
        this.unsent = b.unsent;
        this.staged = b.staged;
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
        b.unsent = unsentOrNone();
        b.staged = stagedOrNone();
        return b;
    }

    /** The unsent work, also of a journal written before the field existed. */
    ArrayList<String> unsentOrNone() {
        return unsent == null ? new ArrayList<>() : unsent;
    }

    /** The staged pages of a fresh copy, also of a journal written before the field existed. */
    ArrayList<ArrayList<StoredView>> stagedOrNone() {
        return staged == null ? new ArrayList<>() : staged;
    }

    /** How many records the staged pages hold. */
    int stagedRecords() {
        return stagedOrNone().stream().mapToInt(ArrayList::size).sum();
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
        ArrayList<String> unsent = new ArrayList<>();
        ArrayList<ArrayList<StoredView>> staged = new ArrayList<>();

        StoredState build() {
            return new StoredState(this);
        }
    }
}
