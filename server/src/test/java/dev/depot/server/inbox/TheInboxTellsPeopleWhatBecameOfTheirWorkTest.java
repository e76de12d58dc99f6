package dev.depot.server.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.model.commands.AcknowledgeInbox;
import dev.depot.model.commands.CommandResult;
import dev.depot.model.commands.Outcome;
import dev.depot.model.commands.PlaceOrder;
import dev.depot.model.identity.Role;
import dev.depot.model.views.InboxEntryView;
import dev.depot.server.testing.ApiClient;
import dev.depot.server.testing.Fixtures;
import dev.depot.server.testing.RunningDepot;
import dev.depot.server.testing.TestDevice;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Results that need a person, and later decisions about their work, reach their devices' inbox, and only theirs. */
class TheInboxTellsPeopleWhatBecameOfTheirWorkTest {

    @RegisterExtension
    static RunningDepot depot = new RunningDepot();

    static Fixtures.TestItem item;
    static Fixtures.TestWarehouse main;
    static Fixtures fixtures;

    @BeforeAll
    static void anItemWithLittleStock() {
        fixtures = new Fixtures(depot);
        main = fixtures.warehouse("MAIN");
        item = fixtures.item("WIDGET", "10.00");
        fixtures.stock(item, main, "A-01-1", 1000);
    }

    @Test
    void anOrderAcceptedAsSentLeavesTheInboxEmpty() {
        Rep rep = aRepWithACustomer("100000.00");

        CommandResult result = rep.phone().send(order(rep.customer(), "3"));

        assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(rep.phone().inbox()).isEmpty();
    }

    @Test
    void anOrderOnCreditHoldWaitsInTheInboxAndItsReleaseFollows() {
        Rep rep = aRepWithACustomer("50.00");
        PlaceOrder order = order(rep.customer(), "10");

        CommandResult result = rep.phone().send(order);
        List<InboxEntryView> waiting = rep.phone().inbox();

        assertThat(result.outcome()).isEqualTo(Outcome.PENDING_APPROVAL);
        assertThat(waiting).singleElement().satisfies(entry -> {
            assertThat(entry.title()).isEqualTo(result.references().get("orderNumber") + " waits for credit approval");
            assertThat(entry.explanation()).isEqualTo(result.message());
            assertThat(entry.nextStep()).isEqualTo(result.nextStep());
            assertThat(entry.attention()).isEqualTo(InboxEntryView.Attention.WARNING);
            assertThat(entry.about().orderId()).isEqualTo(order.orderId());
            assertThat(entry.read()).isFalse();
        });

        ApiClient creditControl = depot.as(Role.ACCOUNTANT);
        assertThat(creditControl.post("api/orders/" + order.orderId() + "/release-hold",
                Map.of("reason", "Owner paid by card")).status()).isEqualTo(200);

        assertThat(rep.phone().inbox()).extracting(InboxEntryView::kind).containsExactly("CREDIT_HOLD", "CREDIT_HOLD_RELEASED");
        InboxEntryView released = rep.phone().inbox().getLast();
        assertThat(released.title()).isEqualTo(result.references().get("orderNumber") + " released from credit hold");
        assertThat(released.explanation()).endsWith(": Owner paid by card");
        assertThat(released.attention()).isEqualTo(InboxEntryView.Attention.NOTE);
        assertThat(released.about().orderId()).isEqualTo(order.orderId());
    }

    @Test
    void aRejectedCommandIsExplainedAsAProblemToSolve() {
        Rep rep = aRepWithACustomer("100000.00");
        PlaceOrder unknownItem = new PlaceOrder(UUID.randomUUID(), rep.customer(),
                List.of(new PlaceOrder.Line(UUID.randomUUID(), BigDecimal.ONE, null, null)), null, null, null);

        CommandResult result = rep.phone().send(unknownItem);

        assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(rep.phone().inbox()).singleElement().satisfies(entry -> {
            assertThat(entry.title()).isEqualTo("Order not accepted");
            assertThat(entry.attention()).isEqualTo(InboxEntryView.Attention.PROBLEM);
            assertThat(entry.explanation()).contains("does not exist");
            assertThat(entry.nextStep()).isEqualTo("Sync to get current data, then try again.");
            assertThat(entry.about().customerId()).isEqualTo(rep.customer());
        });
    }

    @Test
    void readingAnEntryMarksItReadUnderANewVersionAndReadingItAgainIsHarmless() {
        Rep rep = aRepWithACustomer("50.00");
        rep.phone().send(order(rep.customer(), "10"));
        InboxEntryView entry = rep.phone().inbox().getFirst();
        long versionBefore = versionOf(rep.phone(), entry.id());

        CommandResult first = rep.phone().send(new AcknowledgeInbox(entry.id()));
        CommandResult again = rep.phone().send(new AcknowledgeInbox(entry.id()));

        assertThat(List.of(first.outcome(), again.outcome())).containsOnly(Outcome.APPLIED);
        assertThat(rep.phone().inbox()).singleElement().satisfies(read -> assertThat(read.read()).isTrue());
        assertThat(versionOf(rep.phone(), entry.id())).isGreaterThan(versionBefore);
        assertThat(depot.sql().count("SELECT count(*) FROM inbox_entry WHERE user_id = ?", rep.user().id()))
                .as("reading the inbox tells nobody anything").isEqualTo(1);
    }

    @Test
    void nobodyCanReadSomeoneElsesEntryOrEvenSeeIt() {
        Rep rita = aRepWithACustomer("50.00");
        Rep sam = aRepWithACustomer("100000.00");
        rita.phone().send(order(rita.customer(), "10"));
        InboxEntryView ritas = rita.phone().inbox().getFirst();

        CommandResult result = sam.phone().send(new AcknowledgeInbox(ritas.id()));

        assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(result.code()).isEqualTo("FORBIDDEN");
        assertThat(rita.phone().inbox()).singleElement().satisfies(entry -> assertThat(entry.read()).isFalse());
        assertThat(sam.phone().inbox()).as("a refused read is not news either").isEmpty();
        assertThat(sam.phone().copy().changes()).noneMatch(change -> change.entityId().equals(ritas.id()));
    }

    @Test
    void readingAnEntryThatDoesNotExistIsRefusedAsUnknown() {
        Rep rep = aRepWithACustomer("100000.00");

        CommandResult result = rep.phone().send(new AcknowledgeInbox(UUID.randomUUID()));

        assertThat(result.code()).isEqualTo("UNKNOWN_REFERENCE");
    }

    @Test
    void aPickerMayReadTheirInboxToo() {
        RunningDepot.TestUser picker = depot.addUser(Role.PICKER, main.id());
        TestDevice scanner = TestDevice.of(depot, picker);
        InboxEntryView entry = depot.server().capabilities().transactions().inTransaction(em ->
                depot.server().capabilities().inbox().tell(em, picker.id(), InboxNotice.of("TEST", InboxEntryView.Attention.NOTE,
                        "A note", "For the picker", null, null)).view());

        assertThat(scanner.send(new AcknowledgeInbox(entry.id())).outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(scanner.inbox()).singleElement().satisfies(read -> assertThat(read.read()).isTrue());
    }

    private static long versionOf(TestDevice device, UUID entryId) {
        return device.copy().changes().stream().filter(c -> c.entityId().equals(entryId)).mapToLong(c -> c.version()).max()
                .orElseThrow();
    }

    private record Rep(RunningDepot.TestUser user, UUID customer, TestDevice phone) {
    }

    private static Rep aRepWithACustomer(String creditLimit) {
        RunningDepot.TestUser user = depot.addUser(Role.REP);
        UUID customer = fixtures.customer("C-" + UUID.randomUUID().toString().substring(0, 8), user.id(), main, creditLimit, "0");
        return new Rep(user, customer, TestDevice.of(depot, user));
    }

    private static PlaceOrder order(UUID customer, String quantity) {
        return new PlaceOrder(UUID.randomUUID(), customer, List.of(new PlaceOrder.Line(item.id(), new BigDecimal(quantity), null,
                item.unitPrice())), null, null, null);
    }
}
