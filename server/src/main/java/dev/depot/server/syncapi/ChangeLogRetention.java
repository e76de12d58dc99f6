package dev.depot.server.syncapi;

import dev.depot.server.platform.Transactions;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the change log from growing for ever: on a schedule, changes older than the retention are
 * pruned. A device offline for longer is told {@code resync-required} and downloads a fresh copy,
 * keeping its outbox; one within the retention never notices.
 */
public final class ChangeLogRetention implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ChangeLogRetention.class.getName());

    private final Transactions transactions;
    private final ChangeFeed feed;
    private final Clock clock;
    private final Duration retention;
    private ScheduledExecutorService schedule;

    ChangeLogRetention(Transactions transactions, ChangeFeed feed, Clock clock, Duration retention) {
        this.transactions = transactions;
        this.feed = feed;
        this.clock = clock;
        this.retention = retention;
    }

    /** Prunes now and then every {@code period}, on a thread of its own, until {@link #close()}. */
    public synchronized void pruneEvery(Duration period) {
        if (schedule != null) {
            throw new IllegalStateException("pruning is already scheduled");
        }
        schedule = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("change-log-retention").daemon().factory());
        schedule.scheduleWithFixedDelay(this::pruneQuietly, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Deletes the changes older than the retention, in one transaction; returns how many went. */
    public int pruneNow() {
        return transactions.inTransaction(em -> feed.prune(em, clock.instant().minus(retention)));
    }

    /** Stops the schedule; a pruning under way finishes or rolls back with its transaction. */
    @Override
    public synchronized void close() {
        if (schedule != null) {
            schedule.shutdownNow();
            schedule = null;
        }
    }

    private void pruneQuietly() {
        try {
            int pruned = pruneNow();
            if (pruned > 0) {
                LOG.log(Level.INFO, "pruned {0} changes older than {1} from the change log", pruned, retention);
            }
        } catch (RuntimeException e) {
            // a failed run must not end the schedule: the next one tries again
            LOG.log(Level.WARNING, "pruning the change log failed; trying again at the next run", e);
        }
    }
}
