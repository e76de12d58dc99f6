package dev.depot.sync.client;

import static dev.depot.sync.client.Fixtures.ACME;
import static dev.depot.sync.client.Fixtures.REP_DEVICE;
import static dev.depot.sync.client.Fixtures.TEN_FIFTEEN;
import static dev.depot.sync.client.Fixtures.WIDGET_ITEM;
import static dev.depot.sync.client.Fixtures.WIDGET_PRICE;
import static dev.depot.sync.client.Fixtures.aPick;
import static dev.depot.sync.client.Fixtures.anOrderForAcme;
import static dev.depot.sync.client.Fixtures.keyOf;
import static dev.depot.sync.client.Fixtures.usd;
import static dev.depot.sync.client.ScriptedTransport.page;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.model.changes.ChangeEntry;
import dev.depot.model.changes.EntityKey;
import dev.depot.model.changes.Scope;
import dev.depot.model.commands.PlaceOrder;
import dev.depot.model.commands.Rebase;
import dev.depot.model.views.OrderStatus;
import dev.depot.model.views.OrderView;
import dev.depot.sync.protocol.CommandEnvelope;
import dev.depot.sync.protocol.PullResponse;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The UI thread records and reads while the sync thread talks to the server. */
class SyncClientConcurrencyTest {

    private final ExecutorService syncThread = Executors.newSingleThreadExecutor();
    private final AtomicReference<Thread> uiThreadItself = new AtomicReference<>();
    private final ExecutorService uiThread = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ui");
        uiThreadItself.set(thread);
        return thread;
    });
    private final Clock clock = Clock.fixed(TEN_FIFTEEN, ZoneOffset.UTC);
    private final PlaceOrder order = anOrderForAcme("12");
    private final EntityKey orderKey = new EntityKey(OrderView.TYPE, order.orderId());
    private final OrderView accepted = new OrderView(order.orderId(), "SO-1042", ACME.id(), ACME.name(), OrderStatus.OPEN, null,
            List.of(), usd("108.00"), usd("8.91"), usd("116.91"), REP_DEVICE.userId(), TEN_FIFTEEN, null);

    @AfterEach
    void stopThreads() {
        syncThread.shutdownNow();
        uiThread.shutdownNow();
    }

    @Test
    void aCommandIsRecordedWhileASyncWaitsForTheServer() throws Exception {
        InMemoryJournal journal = new InMemoryJournal();
        journal.register(REP_DEVICE);
        CountDownLatch pushArrived = new CountDownLatch(1);
        CountDownLatch serverAnswers = new CountDownLatch(1);
        ScriptedTransport server = new ScriptedTransport()
                .answerPush(request -> {
                    pushArrived.countDown();
                    awaitQuietly(serverAnswers);
                    return ScriptedTransport.applyAll(request);
                })
                .acceptNextPush()
                .answerPull(page("c1", 2, List.of()));
        SyncClient client = new SyncClient(journal, server, clock);
        client.submit(aPick(), Set.of());

        CompletableFuture<SyncClient.SyncReport> sync = CompletableFuture.supplyAsync(client::syncNow, syncThread);
        assertThat(pushArrived.await(10, SECONDS)).isTrue();
        CommandEnvelope recorded;
        try {
            // Fails with a timeout if recording waits for the sync round (the UI would freeze).
            recorded = CompletableFuture.supplyAsync(() -> client.submit(aPick(), Set.of()), uiThread).get(10, SECONDS);
        } finally {
            serverAnswers.countDown();
        }
        sync.get(10, SECONDS);

        assertThat(recorded.seq()).isEqualTo(2);
        assertThat(server.pushes()).extracting(push -> push.commands().size()).containsExactly(1, 1);
        assertThat(journal.pending()).isEmpty();
    }

    @Test
    void anOrderTheServerAnsweredStaysInViewWhileTheSyncWaitsForThePullThatBringsItBack() throws Exception {
        InMemoryJournal journal = aRepsJournalWithTheCatalog();
        CountDownLatch pullArrived = new CountDownLatch(1);
        CountDownLatch serverAnswers = new CountDownLatch(1);
        SyncClient client = new SyncClient(journal, new ScriptedTransport().acceptNextPush().answerPull(pull -> {
            pullArrived.countDown();
            awaitQuietly(serverAnswers);
            return page("c2", 1, List.of(ChangeEntry.upsert(accepted, 1, Scope.user(REP_DEVICE.userId()))));
        }), clock);
        client.submit(order, Set.of());

        CompletableFuture<SyncClient.SyncReport> sync = CompletableFuture.supplyAsync(client::syncNow, syncThread);
        assertThat(pullArrived.await(10, SECONDS)).isTrue();
        Rebase.LocalState betweenPushAndPull;
        try {
            betweenPushAndPull = CompletableFuture.supplyAsync(client::localState, uiThread).get(10, SECONDS);
        } finally {
            serverAnswers.countDown();
        }
        sync.get(10, SECONDS);

        assertThat(betweenPushAndPull.views().get(orderKey)).isInstanceOfSatisfying(OrderView.class,
                shown -> assertThat(shown.status()).isEqualTo(OrderStatus.AWAITING_SYNC));
        assertThat(betweenPushAndPull.pending()).containsExactly(orderKey);
        assertThat(client.localState().views().get(orderKey)).isEqualTo(accepted);
        assertThat(journal.pending()).isEmpty();
    }

    @Test
    void aPullCommittingBetweenTheTwoReadsOfTheLocalStateNeverHidesACommand() {
        JournalSyncedBetweenReads journal = new JournalSyncedBetweenReads();
        journal.register(REP_DEVICE);
        SyncClient client = new SyncClient(journal, new ScriptedTransport(), clock);
        client.submit(order, Set.of());
        // The page a real pull brings once the server has served the order: it drops the command and brings the order.
        JournalUpdate pulled = client.toUpdate(page("c1", 1, List.of(ChangeEntry.upsert(accepted, 1, Scope.user(REP_DEVICE.userId())))));

        journal.commitAfterTheNextRead(pulled); // the sync thread commits it right after the outbox is read

        assertThat(client.localState().views()).containsEntry(orderKey, accepted);
    }

    @Test
    void signingOutWaitsForTheRoundInFlightSoItsPageDoesNotComeBackAfterTheWipe() throws Exception {
        InMemoryJournal journal = aRepsJournalWithTheCatalog();
        CountDownLatch pullArrived = new CountDownLatch(1);
        CountDownLatch serverAnswers = new CountDownLatch(1);
        SyncClient client = new SyncClient(journal, new ScriptedTransport().answerPull(pull -> {
            pullArrived.countDown();
            awaitQuietly(serverAnswers);
            return new PullResponse("c9", false, List.of("catalog"), List.of(ChangeEntry.upsert(WIDGET_ITEM, 2, Scope.CATALOG)), 0,
                    List.of(), false);
        }), clock);

        CompletableFuture<SyncClient.SyncReport> sync = CompletableFuture.supplyAsync(client::syncNow, syncThread);
        assertThat(pullArrived.await(10, SECONDS)).isTrue();
        CompletableFuture<SyncClient.SignOut> signOut = CompletableFuture.supplyAsync(client::signOut, uiThread);
        try {
            awaitBlockedOnALock(uiThreadItself.get()); // the sign-out waits for the round: it must not wipe under it
        } finally {
            serverAnswers.countDown();
        }

        assertThat(sync.get(10, SECONDS).pulled()).as("the round finished its write first").isEqualTo(1);
        assertThat(signOut.get(10, SECONDS)).isEqualTo(new SyncClient.SignOut.SignedOut());
        assertThat(journal.registration()).isEmpty();
        assertThat(journal.base()).isEmpty();
        assertThat(journal.cursor()).isEmpty();
        assertThat(journal.scopes()).isEmpty();
    }

    private static void awaitBlockedOnALock(Thread thread) {
        long deadline = System.nanoTime() + SECONDS.toNanos(10);
        while (thread.getState() != Thread.State.BLOCKED) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the sign-out did not wait for the sync round; it is " + thread.getState());
            }
            Thread.onSpinWait();
        }
    }

    private static InMemoryJournal aRepsJournalWithTheCatalog() {
        InMemoryJournal journal = new InMemoryJournal();
        journal.register(REP_DEVICE);
        journal.commit(new JournalUpdate(BaseStep.WHOLE_COPY, Map.of(keyOf(ACME), new VersionedView(1, ACME), keyOf(WIDGET_ITEM),
                new VersionedView(1, WIDGET_ITEM), keyOf(WIDGET_PRICE), new VersionedView(1, WIDGET_PRICE)), Set.of(),
                Optional.of("c1"), Optional.empty(), 0, List.of(), TEN_FIFTEEN));
        return journal;
    }

    /** Runs one commit just after the next read of the base or of the outbox returns, as a sync thread might. */
    private static final class JournalSyncedBetweenReads extends InMemoryJournal {

        private JournalUpdate nextUpdate;

        synchronized void commitAfterTheNextRead(JournalUpdate update) {
            nextUpdate = update;
        }

        @Override
        public List<CommandEnvelope> pending() {
            List<CommandEnvelope> read = super.pending();
            commitIfArmed();
            return read;
        }

        @Override
        public Map<EntityKey, VersionedView> base() {
            Map<EntityKey, VersionedView> read = super.base();
            commitIfArmed();
            return read;
        }

        private void commitIfArmed() {
            JournalUpdate update;
            synchronized (this) {
                update = nextUpdate;
                nextUpdate = null;
            }
            if (update != null) {
                commit(update);
            }
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
