package dev.depot.server.syncapi;

import dev.depot.sync.protocol.PullResponse;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * How a pull with {@code wait} waits: it reads the feed, and while the answer holds nothing new it
 * parks on the {@link FeedSignal} (holding no thread of its own beyond its virtual one, and no
 * database connection) and reads again when woken. A signal can come before the change may be
 * served (an older transaction still holds the feed's horizon), so after a wake-up that brought
 * nothing it re-reads soon, then less and less often; without any signal it re-reads every
 * {@code fallback}, so a lost signal only delays. See docs/decisions/change-feed.md.
 */
public final class LongPoll {

    /** The first re-read after a wake-up that brought nothing; it doubles up to the fallback. */
    static final Duration FIRST_RECHECK = Duration.ofMillis(50);

    private final FeedSignal signal;
    private final Duration maxWait;
    private final Duration fallback;

    /**
     * @param maxWait  the longest a pull may be held open, whatever it asks for
     * @param fallback the longest a waiting pull goes without reading the feed again
     */
    public LongPoll(FeedSignal signal, Duration maxWait, Duration fallback) {
        if (fallback.compareTo(FIRST_RECHECK) < 0) {
            throw new IllegalArgumentException("the fallback re-read interval must be at least " + FIRST_RECHECK);
        }
        this.signal = signal;
        this.maxWait = maxWait;
        this.fallback = fallback;
    }

    /** The wait a device asked for, cut to the server's maximum. */
    Duration capped(Duration asked) {
        return asked.compareTo(maxWait) > 0 ? maxWait : asked;
    }

    /** The first answer {@code read} gives that holds something new, or the last one when the wait is over. */
    PullResponse answer(Duration wait, Supplier<PullResponse> read) {
        long deadline = System.nanoTime() + capped(wait).toNanos();
        long mark = signal.mark();
        PullResponse first = read.get();
        PullResponse latest = first;
        Duration next = fallback;
        while (!isNews(latest, first)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return latest;
            }
            switch (signal.awaitAfter(mark, Duration.ofNanos(Math.min(left, next.toNanos())))) {
                case SIGNALLED -> next = FIRST_RECHECK;
                case TIMED_OUT -> next = doubled(next);
                case STOPPING -> {
                    return latest;
                }
            }
            mark = signal.mark();
            latest = read.get();
        }
        return latest;
    }

    private Duration doubled(Duration wait) {
        Duration twice = wait.multipliedBy(2);
        return twice.compareTo(fallback) > 0 ? fallback : twice;
    }

    /**
     * Something the device should have without waiting longer: a fresh copy, changes, results, or
     * commands of its outbox the cursor now covers (a command with no change in its scopes, such as a
     * rejected one, leaves the outbox only this way).
     */
    private static boolean isNews(PullResponse answer, PullResponse first) {
        return answer.reset() || !answer.changes().isEmpty() || !answer.results().isEmpty() || answer.hasMore()
                || answer.lastSeq() > first.lastSeq();
    }
}
