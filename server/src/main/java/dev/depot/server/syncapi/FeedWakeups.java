package dev.depot.server.syncapi;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The signal of one server process: a generation counter that writers (or the PostgreSQL listener,
 * for writers on other nodes) move on, and a condition waiting pulls park on. A lock and condition
 * rather than a monitor: pulls run on virtual threads, which a monitor would pin to their carrier.
 */
public final class FeedWakeups implements FeedSignal {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private long generation;
    private boolean stopping;

    /** Something may have been committed to the feed: every waiting pull reads it again. */
    public void changed() {
        lock.lock();
        try {
            generation++;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The server stops: waiting pulls answer at once, and no pull waits from now on. */
    public void stop() {
        lock.lock();
        try {
            stopping = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long mark() {
        lock.lock();
        try {
            return generation;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Wakeup awaitAfter(long mark, Duration atMost) {
        long left = atMost.toNanos();
        lock.lock();
        try {
            while (!stopping && generation == mark && left > 0) {
                left = changed.awaitNanos(left);
            }
            if (stopping) {
                return Wakeup.STOPPING;
            }
            return generation != mark ? Wakeup.SIGNALLED : Wakeup.TIMED_OUT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Wakeup.STOPPING;
        } finally {
            lock.unlock();
        }
    }
}
