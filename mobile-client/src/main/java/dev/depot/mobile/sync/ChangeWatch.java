package dev.depot.mobile.sync;

import dev.depot.sync.client.SyncClient;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * While the device is online and idle, holds a pull open at the server, so that a change there
 * arrives within moments instead of at the next round. It runs on a thread of its own and holds no
 * lock while it waits: the UI never waits for it, and a round (the push of a command just recorded)
 * runs while a pull is held open. Any failure ends the watch and hands over to the round loop, which
 * backs off and hears of a revocation; the next successful round starts the watch again.
 */
final class ChangeWatch implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ChangeWatch.class.getName());

    private final SyncClient client;
    private final SyncSchedule schedule;
    private final Runnable newData;
    private final Runnable trouble;
    private final ExecutorService thread;

    private boolean wanted;
    private boolean running;
    private boolean closed;
    /** The watch thread waits for the server (or pauses): an interrupt then ends the wait and touches nothing else. */
    private Thread waiting;

    /**
     * @param newData called on the watch thread after a pull brought changes or results
     * @param trouble called on the watch thread when a pull failed: offline, refused or revoked
     */
    ChangeWatch(SyncClient client, SyncSchedule schedule, Runnable newData, Runnable trouble) {
        this.client = client;
        this.schedule = schedule;
        this.newData = newData;
        this.trouble = trouble;
        this.thread = Executors.newSingleThreadExecutor(runnable -> Thread.ofPlatform().name("depot-change-watch").daemon()
                .unstarted(runnable));
    }

    /** Starts watching, unless a watch runs already or the watch was closed. */
    synchronized void start() {
        if (closed) {
            return;
        }
        wanted = true;
        if (!running) {
            running = true;
            thread.execute(this::watch);
        }
    }

    /** Ends the watch: a pull held open is abandoned; a page being applied is applied first. */
    synchronized void stop() {
        wanted = false;
        if (waiting != null) {
            waiting.interrupt();
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        stop();
        thread.shutdown();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS); // a page being applied reaches the journal before it closes
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void watch() {
        try {
            while (stillWanted()) {
                long asked = System.nanoTime();
                SyncClient.PolledPage polled = interruptibly(() -> client.awaitChanges(schedule.longPoll()));
                if (!stillWanted()) {
                    return;
                }
                int changes = client.apply(polled);
                if (changes > 0 || !polled.page().results().isEmpty()) {
                    newData.run();
                }
                if (polled.broughtNothing() && System.nanoTime() - asked < schedule.longPoll().toNanos() / 2) {
                    pause(schedule.interval()); // the server does not hold pulls open: do not knock without end
                }
            }
        } catch (RuntimeException e) {
            if (stillWanted()) {
                LOG.log(System.Logger.Level.DEBUG, "the watch for changes ended; the sync rounds take over", e);
                trouble.run();
            }
        } finally {
            synchronized (this) {
                running = false;
            }
        }
    }

    private synchronized boolean stillWanted() {
        return wanted;
    }

    private <T> T interruptibly(Supplier<T> wait) {
        synchronized (this) {
            if (!wanted) {
                throw new CancellationException("the watch was stopped"); // before stop() could interrupt the wait
            }
            waiting = Thread.currentThread();
        }
        try {
            return wait.get();
        } finally {
            synchronized (this) {
                waiting = null;
            }
            Thread.interrupted(); // meant for the wait only: the journal write that follows must never see it
        }
    }

    private void pause(Duration pause) {
        interruptibly(() -> {
            try {
                Thread.sleep(pause);
            } catch (InterruptedException stopped) {
                // the loop sees that it is no longer wanted
            }
            return null;
        });
    }
}
