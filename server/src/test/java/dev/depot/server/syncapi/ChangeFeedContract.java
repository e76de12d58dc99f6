package dev.depot.server.syncapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.model.changes.ChangeEntry;
import dev.depot.model.changes.Scope;
import dev.depot.model.views.ItemView;
import dev.depot.server.platform.Database;
import dev.depot.sync.feed.FeedCursor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every change feed must guarantee, run against each implementation: changes are read in
 * commit-safe order, only in the reader's scopes, and a transaction that started first but
 * commits last is still delivered to a reader who read in between.
 */
abstract class ChangeFeedContract {

    private static final Set<String> CATALOG = Set.of(Scope.CATALOG.key());

    private Database database;
    private ChangeFeed feed;

    protected abstract Database openDatabase();

    protected abstract ChangeFeed feed(Clock clock);

    @BeforeEach
    void openFeed() {
        database = openDatabase();
        feed = feed(Clock.systemUTC());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void aReaderGetsEveryChangeInItsScopesAndNoneOutsideThem() {
        FeedCursor start = read(em -> feed.horizon(em));
        ItemView first = item("A");
        ItemView second = item("B");
        commit(em -> feed.publish(em, first, 1, List.of(Scope.CATALOG)));
        commit(em -> feed.publish(em, item("OTHER"), 1, List.of(Scope.user(UUID.randomUUID()))));
        commit(em -> feed.publish(em, second, 1, List.of(Scope.CATALOG)));

        List<ChangeEntry> read = readAll(start, 2);

        assertThat(read).extracting(ChangeEntry::payload).containsExactly(first, second);
    }

    @Test
    void aTransactionThatStartedFirstAndCommitsLastIsNeverSkipped() throws Exception {
        FeedCursor start = read(em -> feed.horizon(em));
        EntityManager slow = database.entityManagers().createEntityManager();
        EntityTransaction slowTx = slow.getTransaction();
        slowTx.begin();
        ItemView late = item("LATE");
        feed.publish(slow, late, 1, List.of(Scope.CATALOG)); // the slow writer holds its transaction open

        ItemView quick = item("QUICK");
        CompletableFuture<Void> quickWriter = CompletableFuture.runAsync(
                () -> commit(em -> feed.publish(em, quick, 1, List.of(Scope.CATALOG))));
        waitForQuickWriterToCommitOrQueue(quickWriter);

        List<ChangeEntry> whileSlowIsOpen = new ArrayList<>();
        FeedCursor afterFirstRead = readInto(start, whileSlowIsOpen);
        assertThat(whileSlowIsOpen).as("nothing may be served past a transaction that can still commit").isEmpty();

        slowTx.commit();
        slow.close();
        quickWriter.get(10, TimeUnit.SECONDS);

        List<ChangeEntry> afterwards = readAll(afterFirstRead, 2);
        assertThat(afterwards).extracting(ChangeEntry::payload).containsExactlyInAnyOrder(late, quick);
    }

    @Test
    void aRolledBackTransactionLeavesNoChangeBehind() {
        FeedCursor start = read(em -> feed.horizon(em));
        EntityManager em = database.entityManagers().createEntityManager();
        em.getTransaction().begin();
        feed.publish(em, item("GHOST"), 1, List.of(Scope.CATALOG));
        em.getTransaction().rollback();
        em.close();
        ItemView real = item("REAL");
        commit(tx -> feed.publish(tx, real, 1, List.of(Scope.CATALOG)));

        assertThat(readAll(start, 1)).extracting(ChangeEntry::payload).containsExactly(real);
    }

    @Test
    void pagesFollowOneAnotherWithoutGapsOrRepeats() {
        FeedCursor start = read(em -> feed.horizon(em));
        List<ItemView> items = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ItemView item = item("P" + i);
            items.add(item);
            commit(em -> feed.publish(em, item, 1, List.of(Scope.CATALOG)));
        }

        List<ChangeEntry> read = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        FeedCursor cursor = start;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (read.size() < items.size() && System.nanoTime() < deadline) {
            FeedCursor from = cursor;
            FeedPage page = read(em -> feed.read(em, from, CATALOG, 3));
            read.addAll(page.changes());
            pageSizes.add(page.changes().size());
            cursor = page.next();
        }

        assertThat(read).extracting(ChangeEntry::payload).containsExactlyElementsOf(items);
        assertThat(pageSizes).allMatch(size -> size <= 3);
    }

    @Test
    void pruningDeletesTheOldChangesAsAPrefixAndMarksHowFarSoOlderCursorsAreKnown() {
        FeedCursor before = read(em -> feed.horizon(em));
        ChangeFeed lastMonth = feed(Clock.offset(Clock.systemUTC(), Duration.ofDays(-40)));
        ItemView old = item("OLD");
        commit(em -> lastMonth.publish(em, old, 1, List.of(Scope.CATALOG)));
        ItemView recent = item("RECENT");
        commit(em -> feed.publish(em, recent, 1, List.of(Scope.CATALOG)));

        FeedCursor pruned = pruneUntilPast(before, Instant.now().minus(Duration.ofDays(30)));

        assertThat(rowsOf(old)).as("older than the retention").isZero();
        assertThat(rowsOf(recent)).isEqualTo(1);
        assertThat(before.compareTo(pruned)).as("a cursor from before is behind the pruned position").isNegative();
        assertThat(readAll(pruned, 1)).as("a reader at the pruned position misses nothing kept")
                .extracting(ChangeEntry::payload).containsExactly(recent);
        assertThat(read(em -> feed.horizon(em)).compareTo(pruned)).as("a new cursor is never behind").isNotNegative();
    }

    @Test
    void pruningWhenNothingIsOldEnoughChangesNothing() {
        ItemView recent = item("KEPT");
        commit(em -> feed.publish(em, recent, 1, List.of(Scope.CATALOG)));
        FeedCursor markBefore = read(em -> feed.prunedThrough(em));

        int pruned = read(em -> feed.prune(em, Instant.now().minus(Duration.ofDays(30))));

        assertThat(pruned).isZero();
        assertThat(rowsOf(recent)).isEqualTo(1);
        FeedCursor markAfter = read(em -> feed.prunedThrough(em));
        assertThat(markAfter).isEqualTo(markBefore);
    }

    @Test
    void theEpochStaysTheSameForOneDatabase() {
        String epoch = read(em -> feed.epoch(em));

        assertThat(epoch).isNotBlank().isEqualTo(read(em -> feed.epoch(em)));
    }

    /** Prunes until the mark passes {@code cursor}: on PostgreSQL another database's transaction may hold the horizon back a moment. */
    private FeedCursor pruneUntilPast(FeedCursor cursor, Instant recordedBefore) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        FeedCursor pruned = read(em -> feed.prunedThrough(em));
        while (pruned.compareTo(cursor) <= 0 && System.nanoTime() < deadline) {
            commit(em -> feed.prune(em, recordedBefore));
            pruned = read(em -> feed.prunedThrough(em));
        }
        return pruned;
    }

    private long rowsOf(ItemView item) {
        return read(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM change_log WHERE entity_id = ?")
                .setParameter(1, item.id()).getSingleResult()).longValue());
    }

    /** On PostgreSQL the quick writer commits at once; on the serialized feed it queues behind the slow one. */
    private static void waitForQuickWriterToCommitOrQueue(CompletableFuture<Void> quickWriter) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
        while (!quickWriter.isDone() && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }

    /**
     * Reads until at least {@code expected} changes arrived (or ten seconds passed). The horizon is
     * cluster-wide: another database's transaction, running on the same PostgreSQL, may hold it back
     * for a moment, which delays delivery but must never lose anything.
     */
    private List<ChangeEntry> readAll(FeedCursor from, int expected) {
        List<ChangeEntry> read = new ArrayList<>();
        FeedCursor cursor = from;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            cursor = readInto(cursor, read);
            if (read.size() >= expected || System.nanoTime() > deadline) {
                return read;
            }
            try {
                TimeUnit.MILLISECONDS.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return read;
            }
        }
    }

    private FeedCursor readInto(FeedCursor from, List<ChangeEntry> into) {
        FeedCursor cursor = from;
        FeedPage page;
        do {
            FeedCursor at = cursor;
            page = read(em -> feed.read(em, at, CATALOG, 100));
            into.addAll(page.changes());
            cursor = page.next();
        } while (page.hasMore());
        return cursor;
    }

    private <T> T read(java.util.function.Function<EntityManager, T> work) {
        EntityManager em = database.entityManagers().createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            em.close();
        }
    }

    private void commit(java.util.function.Consumer<EntityManager> work) {
        read(em -> {
            work.accept(em);
            return null;
        });
    }

    private static ItemView item(String sku) {
        return new ItemView(UUID.randomUUID(), sku, "09506000134352", sku + " item", 1, true);
    }
}
