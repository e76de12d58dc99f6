package dev.depot.mobile.sync;

import dev.depot.mobile.sync.SyncStatus.Connection;
import dev.depot.model.views.Replica;
import dev.depot.sync.client.DeviceJournal;
import dev.depot.sync.client.SyncClient;
import dev.depot.sync.client.SyncRefusedException;
import dev.depot.sync.client.SyncUnavailableException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Runs sync rounds on one background thread: now and then, at once after a command is recorded,
 * and with growing pauses while the server cannot be reached. Between rounds, while online, a
 * {@link ChangeWatch} holds a pull open on a thread of its own, so the server's changes arrive
 * within moments. The UI thread only ever reads the published {@link SyncStatus}; it never waits
 * for the network.
 */
public final class BackgroundSync implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(BackgroundSync.class.getName());

    private final SyncClient client;
    private final SyncSchedule schedule;
    private final Executor uiThread;
    private final ScheduledExecutorService worker;
    private final ReadOnlyObjectWrapper<SyncStatus> status;
    private final List<Runnable> newDataListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> signedOutByOfficeListeners = new CopyOnWriteArrayList<>();
    private final CommandDescriber describer;
    private final ChangeWatch watch;

    private ScheduledFuture<?> next;
    private boolean roundRequested;
    /** Set by a sign-out: no round runs until the next {@link #syncSoon()}. */
    private boolean stopped;
    private boolean closed;
    /** Touched by the worker thread only. */
    private int failuresInARow;

    /**
     * @param uiThread  runs status updates on the UI thread ({@code Platform::runLater})
     * @param describer says what each unsent command was, should the office revoke the device
     */
    public BackgroundSync(SyncClient client, SyncSchedule schedule, Executor uiThread, CommandDescriber describer) {
        this.client = client;
        this.schedule = schedule;
        this.uiThread = uiThread;
        this.describer = describer;
        this.worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "depot-sync");
            thread.setDaemon(true); // never the reason the app cannot exit
            return thread;
        });
        this.watch = new ChangeWatch(client, schedule, this::watchBroughtNewData, this::roundSoon);
        DeviceJournal journal = client.journal();
        this.status = new ReadOnlyObjectWrapper<>(journal.registration().isPresent()
                ? SyncStatus.connecting(journal.pending().size(), journal.lastSyncedAt())
                : SyncStatus.signedOut());
    }

    /** The latest status; read and observe it on the UI thread. */
    public ReadOnlyObjectProperty<SyncStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public void start() {
        syncSoon();
    }

    /** Runs a round as soon as the worker is free (a running round is not interrupted); starts the loop again after a sign-out. */
    public synchronized void syncSoon() {
        stopped = false;
        roundRequested = true;
        scheduleIn(Duration.ZERO);
    }

    /**
     * Signs the person out: stops the loop, lets a round in flight finish (its status is published
     * first), then wipes the device on the sync thread, unless commands wait, in which case the loop
     * goes on so they are sent. Blocks the caller until then, at most one network timeout.
     */
    public SyncClient.SignOut signOut() {
        synchronized (this) {
            stopped = true;
            if (next != null) {
                next.cancel(false);
            }
        }
        watch.stop();
        SyncClient.SignOut outcome = onTheSyncThread(client::signOut);
        switch (outcome) {
            case SyncClient.SignOut.SignedOut signedOut -> publish(SyncStatus.signedOut());
            case SyncClient.SignOut.WorkWaits waits -> syncSoon();
        }
        return outcome;
    }

    /** A command went to the outbox: show it in the pending count now and try to send it. Call on the UI thread. */
    public void commandRecorded() {
        status.set(status.get().withPending(client.journal().pending().size()));
        syncSoon();
    }

    /** Called on the UI thread after a round that pushed commands or pulled changes. */
    public void onNewData(Runnable listener) {
        newDataListeners.add(listener);
    }

    /**
     * Called on the UI thread once the server said the office revoked this device: the device is
     * wiped by then, its unsent work set aside ({@code DeviceJournal.unsent()}), and the loop stopped
     * until the next sign-in.
     */
    public void onSignedOutByOffice(Runnable listener) {
        signedOutByOfficeListeners.add(listener);
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        watch.close();
        worker.shutdownNow();
        try {
            // a round in flight finishes its journal write before the journal is closed
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs after the round in flight, if any: the worker runs one task at a time. */
    private <T> T onTheSyncThread(Callable<T> task) {
        try {
            return worker.submit(task).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the sync thread", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        }
    }

    /** A round as soon as the worker is free, unless the loop was stopped (unlike {@link #syncSoon()}). */
    private synchronized void roundSoon() {
        roundRequested = true;
        scheduleIn(Duration.ZERO);
    }

    private synchronized void scheduleIn(Duration delay) {
        if (closed || stopped) {
            return;
        }
        if (next != null) {
            next.cancel(false);
        }
        next = worker.schedule(this::round, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void round() {
        synchronized (this) {
            roundRequested = false;
        }
        if (client.registration().isPresent()) {
            syncOnce();
        } else {
            failuresInARow = 0;
            publish(SyncStatus.signedOut());
        }
        synchronized (this) {
            scheduleIn(roundRequested ? Duration.ZERO : schedule.delayAfter(failuresInARow));
        }
    }

    private void syncOnce() {
        DeviceJournal journal = client.journal();
        Connection connection;
        Optional<String> error = Optional.empty();
        boolean newData = false;
        try {
            SyncClient.SyncReport report = client.syncNow();
            failuresInARow = 0;
            connection = Connection.ONLINE;
            newData = report.pushed() > 0 || report.pulled() > 0;
            watch.start();
        } catch (SyncUnavailableException e) {
            failuresInARow++;
            connection = Connection.OFFLINE;
            error = Optional.of(e.getMessage());
        } catch (SyncRefusedException e) {
            if (e.isDeviceRevoked()) {
                signedOutByOffice();
                return;
            }
            failuresInARow++;
            connection = Connection.ONLINE;
            error = Optional.of("The server refused to sync: " + e.getMessage());
        } catch (RuntimeException e) {
            failuresInARow++;
            connection = Connection.OFFLINE;
            error = Optional.of("Sync failed: " + e.getMessage());
            LOG.log(System.Logger.Level.WARNING, "sync round failed", e);
        }
        SyncStatus latest = new SyncStatus(connection, journal.pending().size(), journal.lastSyncedAt(), error);
        if (newData) {
            publishWithNewData(latest);
        } else {
            publish(latest);
        }
    }

    /**
     * Wipes the device at once (a lost phone must not keep customers and prices a moment longer than
     * it takes to hear of it), keeping the unsent work described while the replica can still name it.
     */
    private void signedOutByOffice() {
        synchronized (this) {
            stopped = true;
        }
        watch.stop();
        try {
            Replica replica = client.localState().replica();
            client.signedOutByServer(command -> describer.describe(command, replica));
        } catch (RuntimeException e) {
            // nothing was wiped; the next start hears of the revocation again and tries again
            LOG.log(System.Logger.Level.ERROR, "could not wipe the device after the office revoked it", e);
            return;
        }
        failuresInARow = 0;
        uiThread.execute(() -> {
            status.set(SyncStatus.signedOut());
            signedOutByOfficeListeners.forEach(Runnable::run);
        });
    }

    private void watchBroughtNewData() {
        DeviceJournal journal = client.journal();
        publishWithNewData(new SyncStatus(Connection.ONLINE, journal.pending().size(), journal.lastSyncedAt(), Optional.empty()));
    }

    private void publish(SyncStatus latest) {
        uiThread.execute(() -> status.set(latest));
    }

    private void publishWithNewData(SyncStatus latest) {
        uiThread.execute(() -> {
            status.set(latest);
            newDataListeners.forEach(Runnable::run);
        });
    }
}
