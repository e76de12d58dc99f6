package dev.depot.server.syncapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.model.commands.CommandResult;
import dev.depot.model.commands.Outcome;
import dev.depot.model.commands.PlaceOrder;
import dev.depot.model.identity.Role;
import dev.depot.model.views.InboxEntryView;
import dev.depot.model.views.OrderStatus;
import dev.depot.model.views.OrderView;
import dev.depot.model.views.Replica;
import dev.depot.server.testing.Fixtures;
import dev.depot.server.testing.Invariants;
import dev.depot.server.testing.RunningDepot;
import dev.depot.sync.client.HttpSyncTransport;
import dev.depot.sync.client.InMemoryJournal;
import dev.depot.sync.client.SyncClient;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two reps, both offline, each sell a customer the last five units. Both orders stand: the first to
 * reach the server gets the stock, the second is accepted with the units backordered, and each rep's
 * device, after its next sync, says which happened and why. The devices are the real sync engine
 * ({@code SyncClient}) over the real HTTP protocol.
 */
class TwoRepsSellTheLastUnitsOfflineTest {

    @RegisterExtension
    static RunningDepot depot = new RunningDepot();

    static Fixtures.TestItem lastFive;
    static Rep rita;
    static Rep sam;

    @BeforeAll
    static void twoRepsSyncedInTheMorningWithFiveUnitsInStock() {
        Fixtures fixtures = new Fixtures(depot);
        Fixtures.TestWarehouse main = fixtures.warehouse("MAIN");
        lastFive = fixtures.item("LAST-5", "12.00");
        fixtures.stock(lastFive, main, "A-01-1", 5);
        rita = Rep.signedIn(fixtures, main, "RITA");
        sam = Rep.signedIn(fixtures, main, "SAM");
    }

    @Test
    void theFirstToSyncGetsTheStockAndTheSecondIsToldOfTheBackorder() {
        // Offline, each rep sells their customer all five units: each phone shows them as available.
        PlaceOrder ritasOrder = rita.takesAnOrderFor("5");
        PlaceOrder samsOrder = sam.takesAnOrderFor("5");
        assertThat(rita.phone().journal().pending()).hasSize(1);
        assertThat(sam.phone().journal().pending()).hasSize(1);

        // Rita's phone finds a signal first, then Sam's.
        rita.phone().syncNow();
        sam.phone().syncNow();

        CommandResult ritasResult = rita.phone().journal().results().getLast();
        CommandResult samsResult = sam.phone().journal().results().getLast();
        assertThat(ritasResult.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(samsResult.outcome()).isEqualTo(Outcome.ADJUSTED);
        assertThat(samsResult.code()).isEqualTo("BACKORDERED");
        assertThat(samsResult.message()).contains("5 each backordered (not in stock)");

        // Each phone pulls again and shows what happened to its own order.
        rita.phone().syncNow();
        sam.phone().syncNow();

        OrderView ritas = rita.order(ritasOrder.orderId());
        assertThat(ritas.status()).isEqualTo(OrderStatus.OPEN);
        assertThat(ritas.lines().getFirst().reserved()).isEqualByComparingTo("5");
        assertThat(rita.inbox()).as("an order accepted as sent needs no attention").isEmpty();

        OrderView sams = sam.order(samsOrder.orderId());
        assertThat(sams.lines().getFirst().backordered()).isEqualByComparingTo("5");
        assertThat(sam.inbox()).singleElement().satisfies(entry -> {
            assertThat(entry.title()).isEqualTo(sams.number() + " accepted with changes");
            assertThat(entry.explanation()).isEqualTo("Order " + sams.number() + " accepted with changes: 5 each backordered (not in stock)");
            assertThat(entry.nextStep()).isEqualTo("Tell the customer about the change.");
            assertThat(entry.about().orderId()).isEqualTo(samsOrder.orderId());
            assertThat(entry.read()).isFalse();
        });
        assertThat(rita.phone().journal().pending()).isEmpty();
        assertThat(sam.phone().journal().pending()).isEmpty();
        assertThat(depot.sql().decimal("SELECT on_hand - reserved FROM stock_position WHERE item_id = ?", lastFive.id()))
                .as("nobody was promised stock that is not there").isEqualByComparingTo("0");
        Invariants.assertHold(depot.sql());
    }

    /** A rep with their own customer and a phone that synced once, in the morning. */
    private record Rep(SyncClient phone, UUID customer) {

        static Rep signedIn(Fixtures fixtures, Fixtures.TestWarehouse warehouse, String name) {
            RunningDepot.TestUser user = depot.addUser(Role.REP);
            UUID customer = fixtures.customer("C-" + name, user.id(), warehouse, "100000.00", "0");
            SyncClient phone = new SyncClient(new InMemoryJournal(), new HttpSyncTransport(depot.uri(), Duration.ofSeconds(10)),
                    Clock.systemUTC());
            phone.signIn(user.username(), RunningDepot.PASSWORD, name + "'s phone", "test");
            phone.syncNow();
            return new Rep(phone, customer);
        }

        PlaceOrder takesAnOrderFor(String quantity) {
            PlaceOrder order = new PlaceOrder(UUID.randomUUID(), customer, List.of(new PlaceOrder.Line(lastFive.id(),
                    new BigDecimal(quantity), null, lastFive.unitPrice())), lastFive.unitPrice().times(new BigDecimal(quantity)), null, null);
            phone.submit(order, Set.of());
            return order;
        }

        OrderView order(UUID id) {
            return replica().find(OrderView.class, OrderView.TYPE, id).orElseThrow();
        }

        List<InboxEntryView> inbox() {
            return replica().all(InboxEntryView.class).toList();
        }

        private Replica replica() {
            return phone.localState().replica();
        }
    }
}
