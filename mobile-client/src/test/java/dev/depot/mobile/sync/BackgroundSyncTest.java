package dev.depot.mobile.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.mobile.store.EclipseStoreJournal;
import dev.depot.mobile.testing.ReplicaSeed;
import dev.depot.mobile.sync.SyncStatus.Connection;
import dev.depot.model.commands.CommandResult;
import dev.depot.model.commands.ConfirmPick;
import dev.depot.model.commands.Outcome;
import dev.depot.sync.client.SyncClient;
import dev.depot.sync.client.SyncRefusedException;
import dev.depot.sync.client.SyncTransport;
import dev.depot.sync.client.SyncUnavailableException;
import dev.depot.sync.client.UnsentCommand;
import dev.depot.sync.protocol.CommandEnvelope;
import dev.depot.sync.protocol.DeviceRegistration;
import dev.depot.sync.protocol.PullResponse;
import dev.depot.sync.protocol.PushRequest;
import dev.depot.sync.protocol.PushResponse;
import dev.depot.sync.protocol.RegisterDevice;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The loop against a scripted server: no UI toolkit, status updates run on the sync thread itself. */
class BackgroundSyncTest {

    @TempDir
    Path directory;

    private final ScriptedServer server = new ScriptedServer();
    private EclipseStoreJournal journal;
    private SyncClient client;
    private BackgroundSync background;
    private final AtomicInteger newDataSignals = new AtomicInteger();
    private final AtomicReference<Thread> uiThreadItself = new AtomicReference<>();
    private final ExecutorService uiThread = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ui");
        uiThreadItself.set(thread);
        return thread;
    });

    @BeforeEach
    void open() {
        journal = EclipseStoreJournal.open(directory);
        journal.register(ReplicaSeed.picker());
        client = new SyncClient(journal, server, Clock.systemUTC());
        background = new BackgroundSync(client, new SyncSchedule(Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(30),
                Duration.ofSeconds(20)),
                Runnable::run, (command, replica) -> "command " + command.seq() + " of " + replica.views().size() + " views");
        background.onNewData(newDataSignals::incrementAndGet);
    }

    @AfterEach
    void close() {
        uiThread.shutdownNow();
        background.close();
        journal.close();
    }

    @Test
    void aRoundTheServerCannotAnswerPublishesOfflineAndKeepsTheOutbox() throws TimeoutException {
        server.reachable.set(false);
        client.submit(aPick(), Set.of());

        background.start();

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> background.statusProperty().get().connection() == Connection.OFFLINE);
        SyncStatus status = background.statusProperty().get();
        assertThat(status.pending()).isEqualTo(1);
        assertThat(status.lastError()).contains("no network");
        assertThat(status.lastSyncedAt()).isEmpty();
        assertThat(journal.pending()).hasSize(1);
        assertThat(newDataSignals).hasValue(0);
    }

    @Test
    void aCommandRecordedWhileTheLoopWaitsIsSentAtOnceAndListenersHearOfIt() throws TimeoutException {
        background.start();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> background.statusProperty().get().connection() == Connection.ONLINE);

        client.submit(aPick(), Set.of());
        background.commandRecorded(); // the next scheduled round is 30 s away: only an immediate one passes this test

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> server.pushed.get() == 1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> background.statusProperty().get().pending() == 0);
        assertThat(background.statusProperty().get().lastSyncedAt()).isPresent();
        assertThat(journal.results()).extracting(CommandResult::outcome).containsExactly(Outcome.APPLIED);
        assertThat(newDataSignals.get()).isPositive();
    }

    @Test
    void signingOutWaitsForTheRoundInFlightThenWipesTheDeviceAndSaysSignedOut() throws Exception {
        journal.commit(ReplicaSeed.forPicker().firstPull(Instant.now()));
        server.holdPulls();
        background.start();
        assertThat(server.pullArrived.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<SyncClient.SignOut> signOut = CompletableFuture.supplyAsync(background::signOut, uiThread);
        try {
            awaitWaiting(uiThreadItself.get()); // the sign-out waits for the round: it must not wipe under it
        } finally {
            server.answerPulls.countDown();
        }

        assertThat(signOut.get(10, TimeUnit.SECONDS)).isEqualTo(new SyncClient.SignOut.SignedOut());
        assertThat(journal.registration()).isEmpty();
        assertThat(journal.base()).isEmpty();
        assertThat(journal.cursor()).as("the round's cursor did not come back after the wipe").isEmpty();
        assertThat(background.statusProperty().get().connection()).isEqualTo(Connection.SIGNED_OUT);
    }

    @Test
    void aDeviceTheOfficeRevokedWipesItselfAndKeepsOnlyWhatItNeverSent() throws TimeoutException {
        journal.commit(ReplicaSeed.forPicker().firstPull(Instant.now()));
        client.submit(aPick(), Set.of());
        server.revoked.set(true);
        AtomicInteger heard = new AtomicInteger();
        background.onSignedOutByOffice(heard::incrementAndGet);

        background.start();

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> heard.get() == 1);
        assertThat(journal.registration()).isEmpty();
        assertThat(journal.base()).isEmpty();
        assertThat(journal.pending()).isEmpty();
        assertThat(journal.unsent()).extracting(UnsentCommand::description)
                .containsExactly("command 1 of " + ReplicaSeed.forPicker().views().size() + " views");
        assertThat(background.statusProperty().get().connection()).isEqualTo(Connection.SIGNED_OUT);
        assertThat(server.refusals).as("one refusal, and no round after it").hasValue(1);
    }

    /** Until the thread waits for something (the round in flight, or a lock): then the test lets the round go on. */
    private static void awaitWaiting(Thread thread) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (thread.getState() != Thread.State.WAITING && thread.getState() != Thread.State.BLOCKED) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the sign-out did not wait for the sync round; it is " + thread.getState());
            }
            Thread.onSpinWait();
        }
    }

    private static ConfirmPick aPick() {
        return new ConfirmPick(ReplicaSeed.FIRST_TASK.id(), "A-01-3", ReplicaSeed.GLOVES.gtin(), BigDecimal.ONE, null);
    }

    /** A server that applies every push and has no changes to send; or no server at all; or one slow to answer pulls. */
    private static final class ScriptedServer implements SyncTransport {
        final AtomicBoolean reachable = new AtomicBoolean(true);
        final AtomicBoolean revoked = new AtomicBoolean(false);
        final AtomicInteger refusals = new AtomicInteger();
        final AtomicInteger pushed = new AtomicInteger();
        final CountDownLatch pullArrived = new CountDownLatch(1);
        volatile CountDownLatch answerPulls = new CountDownLatch(0);
        private volatile long lastSeq;

        /** Pulls wait until the test counts {@link #answerPulls} down. */
        void holdPulls() {
            answerPulls = new CountDownLatch(1);
        }

        @Override
        public DeviceRegistration register(RegisterDevice request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PushResponse push(String token, PushRequest request) {
            checkReachable();
            List<CommandResult> results = request.commands().stream()
                    .map(c -> new CommandResult(c.commandId(), c.seq(), Outcome.APPLIED, "OK", "picked", null, Map.of()))
                    .toList();
            pushed.addAndGet(request.commands().size());
            lastSeq = request.commands().stream().mapToLong(CommandEnvelope::seq).max().orElse(lastSeq);
            return new PushResponse(results, lastSeq);
        }

        @Override
        public PullResponse pull(String token, String cursor, long resultsAfter, Duration wait) {
            checkReachable();
            pullArrived.countDown();
            try {
                answerPulls.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new PullResponse("c1", false, List.of("catalog"), List.of(), lastSeq, List.of(), false);
        }

        private void checkReachable() {
            if (!reachable.get()) {
                throw new SyncUnavailableException("no network");
            }
            if (revoked.get()) {
                refusals.incrementAndGet();
                throw new SyncRefusedException(401, SyncRefusedException.DEVICE_REVOKED, "This device was signed out by the office");
            }
        }
    }
}
