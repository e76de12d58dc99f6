package dev.depot.server.syncapi;

import java.time.Duration;

/**
 * Wakes pulls that wait for the change feed. Take a {@link #mark()} before reading the feed, then
 * {@link #awaitAfter} it: a change signalled in between is never missed. A signal only says that
 * something may have changed; the feed, read again, says what.
 */
public interface FeedSignal {

    /** Where the signal stands now. */
    long mark();

    /** Parks the caller until a change is signalled after {@code mark}, or for at most {@code atMost}. */
    Wakeup awaitAfter(long mark, Duration atMost);

    /** Why a wait ended. */
    enum Wakeup {
        /** A writer committed something since the mark. */
        SIGNALLED,
        /** Nothing was signalled in time; a lost signal only costs this delay. */
        TIMED_OUT,
        /** The server is stopping (or the thread was interrupted): answer now. */
        STOPPING
    }
}
