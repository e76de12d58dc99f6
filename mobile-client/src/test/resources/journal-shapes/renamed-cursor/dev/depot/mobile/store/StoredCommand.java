package dev.depot.mobile.store;

/**
 * One outbox entry as it sits on disk: its seq (so acknowledgement needs no decoding) and the
 * envelope exactly as it will be pushed. Never changed once stored.
 */
final class StoredCommand {

    final long seq;
    final String json;

    StoredCommand(long seq, String json) {
        this.seq = seq;
        this.json = json;
    }
}
