package dev.depot.server.syncapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.depot.model.changes.EntityKey;
import dev.depot.model.commands.CommandResult;
import dev.depot.model.commands.PlaceOrder;
import dev.depot.model.identity.Role;
import dev.depot.server.testing.Fixtures;
import dev.depot.server.testing.Invariants;
import dev.depot.server.testing.RunningDepot;
import dev.depot.server.testing.ShiftableClock;
import dev.depot.server.testing.TestDevice;
import dev.depot.sync.client.HttpSyncTransport;
import dev.depot.sync.client.InMemoryJournal;
import dev.depot.sync.client.SyncClient;
import dev.depot.sync.client.SyncRefusedException;
import dev.depot.sync.client.VersionedView;
import dev.depot.sync.protocol.PullResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A rep's phone stays in a drawer for six weeks with two orders in its outbox. Meanwhile the office
 * keeps working and the change log is pruned past the phone's cursor. When the phone comes back,
 * its orders go up once, the server says its cursor is too old, and the phone downloads a fresh
 * copy beside its replica, swaps it in, and ends up exactly like the server; nothing is lost or doubled.
 */
class ADeviceOfflinePastRetentionTest {

    static ShiftableClock clock = new ShiftableClock();

    @RegisterExtension
    static RunningDepot depot = new RunningDepot().withClock(clock).with("depot.sync.snapshot-page", "7");

    @Test
    void aPhoneBackAfterTheRetentionResyncsKeepsItsOutboxAndEndsLikeTheServer() {
        Fixtures fixtures = new Fixtures(depot);
        Fixtures.TestWarehouse main = fixtures.warehouse("MAIN");
        Fixtures.TestItem widget = fixtures.item("WIDGET", "4.00");
        fixtures.stock(widget, main, "A-01-1", 100);
        RunningDepot.TestUser rep = depot.addUser(Role.REP);
        UUID customer = fixtures.customer("C-1", rep.id(), main, "100000.00", "0");
        HttpSyncTransport transport = new HttpSyncTransport(depot.uri(), Duration.ofSeconds(10));
        InMemoryJournal journal = new InMemoryJournal();
        SyncClient phone = new SyncClient(journal, transport, clock);
        phone.signIn(rep.username(), RunningDepot.PASSWORD, "Rita's phone", "test");
        phone.syncNow();
        String oldCursor = journal.cursor().orElseThrow();

        PlaceOrder first = order(phone, customer, widget, "3");
        PlaceOrder second = order(phone, customer, widget, "4");
        for (int i = 0; i < 10; i++) {
            fixtures.item("NEW-" + i, "5.00"); // the office keeps working while the phone is away
        }
        clock.advance(Duration.ofDays(42));
        pruneUntilBehind(oldCursor, transport, journal);

        assertThatThrownBy(() -> transport.pull(token(journal), oldCursor, journal.resultsThrough(), Duration.ZERO))
                .isInstanceOfSatisfying(SyncRefusedException.class, e -> {
                    assertThat(e.status()).isEqualTo(410);
                    assertThat(e.isResyncRequired()).isTrue();
                });
        assertThat(depot.sql().count("SELECT COUNT(*) FROM device_command")).as("a refused pull changes nothing").isZero();

        phone.syncNow();
        syncUntilNothingIsPending(phone);

        assertThat(journal.results()).extracting(CommandResult::seq).containsExactly(1L, 2L);
        assertThat(depot.sql().count("SELECT COUNT(*) FROM device_command")).as("each command applied once").isEqualTo(2);
        assertThat(depot.sql().count("SELECT COUNT(*) FROM sales_order WHERE id IN (?, ?)", first.orderId(), second.orderId()))
                .isEqualTo(2);
        assertThat(depot.sql().count("SELECT COUNT(*) FROM sales_order")).isEqualTo(2);
        assertThat(journal.staged()).isZero();
        assertThat(versions(journal.base())).isEqualTo(freshCopy(rep));
        assertThat(journal.base().keySet()).contains(new EntityKey("order", first.orderId()), new EntityKey("order", second.orderId()));
        Invariants.assertHold(depot.sql());
    }

    private static PlaceOrder order(SyncClient phone, UUID customer, Fixtures.TestItem item, String quantity) {
        PlaceOrder order = new PlaceOrder(UUID.randomUUID(), customer, List.of(new PlaceOrder.Line(item.id(), new BigDecimal(quantity),
                null, item.unitPrice())), null, null, null);
        phone.submit(order, Set.of());
        return order;
    }

    /** Prunes until the log has passed the phone's cursor: another database's transaction may hold the horizon back a moment. */
    private static void pruneUntilBehind(String cursor, HttpSyncTransport transport, InMemoryJournal journal) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            depot.server().capabilities().sync().retention().pruneNow();
            try {
                transport.pull(token(journal), cursor, Long.MAX_VALUE, Duration.ZERO);
            } catch (SyncRefusedException e) {
                if (e.isResyncRequired()) {
                    return;
                }
                throw e;
            }
        }
        throw new AssertionError("the change log was never pruned past the phone's cursor");
    }

    private static void syncUntilNothingIsPending(SyncClient phone) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!phone.journal().pending().isEmpty() && System.nanoTime() < deadline) {
            phone.syncNow();
        }
    }

    /** A fresh copy of everything the rep may see, as another device of theirs would get it. */
    private static Map<EntityKey, Long> freshCopy(RunningDepot.TestUser rep) {
        PullResponse copy = TestDevice.of(depot, rep).copy();
        Map<EntityKey, Long> versions = new HashMap<>();
        copy.changes().forEach(c -> versions.merge(c.key(), c.version(), Math::max));
        return versions;
    }

    private static Map<EntityKey, Long> versions(Map<EntityKey, VersionedView> base) {
        Map<EntityKey, Long> versions = new HashMap<>();
        base.forEach((key, view) -> versions.put(key, view.version()));
        return versions;
    }

    private static String token(InMemoryJournal journal) {
        return journal.registration().orElseThrow().token();
    }
}
