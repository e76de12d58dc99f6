package dev.depot.model.commands;

import static dev.depot.model.testdata.Catalog.anItem;
import static dev.depot.model.testdata.Catalog.baseOf;
import static dev.depot.model.testdata.Catalog.priceOn;
import static dev.depot.model.testdata.CustomerViewBuilder.aCustomer;
import static dev.depot.model.testdata.PickTaskViewBuilder.aPickTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.depot.model.changes.EntityKey;
import dev.depot.model.credit.CreditDecision;
import dev.depot.model.credit.CreditPolicy;
import dev.depot.model.money.Money;
import dev.depot.model.views.CustomerView;
import dev.depot.model.views.OrderLineView;
import dev.depot.model.views.OrderStatus;
import dev.depot.model.views.OrderView;
import dev.depot.model.views.PickTaskStatus;
import dev.depot.model.views.PickTaskView;
import dev.depot.model.views.Replica;
import dev.depot.model.views.SyncedView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RebaseTest {

    private static final UUID REP = UUID.randomUUID();
    private static final Instant TEN_FIFTEEN = Instant.parse("2026-11-23T10:15:00Z");
    private static final UUID WIDGET = UUID.randomUUID();
    private static final UUID GADGET = UUID.randomUUID();

    private final CustomerView acme = aCustomer().named("Acme Hardware").onPriceList("STD").withTaxRate("8.25").build();
    private final PickTaskView tenWidgets = aPickTask().forQuantity("10").build();
    private final Map<EntityKey, SyncedView> base = Map.copyOf(baseOf(
            acme,
            anItem(WIDGET, "WID-1", "Widget"),
            anItem(GADGET, "GAD-1", "Gadget"),
            priceOn("STD", WIDGET, "USD", "1", "10.00", "10", "9.00"),
            priceOn("STD", GADGET, "USD", "1", "2.50"),
            priceOn("TRADE", WIDGET, "USD", "1", "1.00"),
            tenWidgets));

    @Test
    void aPendingOrderShowsAsAwaitingSyncPricedByTheRulebookFromTheReplica() {
        PlaceOrder order = order(line(WIDGET, "12", "12.5"), line(GADGET, "3", null));

        Rebase.LocalState state = Rebase.apply(base, List.of(pending(order)));

        OrderView shown = (OrderView) state.views().get(orderKey(order));
        assertThat(shown.status()).isEqualTo(OrderStatus.AWAITING_SYNC);
        assertThat(shown.number()).as("the server gives the number").isNull();
        assertThat(shown.customerId()).isEqualTo(acme.id());
        assertThat(shown.customerName()).isEqualTo("Acme Hardware");
        assertThat(shown.subtotal()).isEqualTo(usd("102.00"));
        assertThat(shown.tax()).isEqualTo(usd("8.42"));
        assertThat(shown.total()).isEqualTo(usd("110.42"));
        assertThat(shown.placedBy()).isEqualTo(REP);
        assertThat(shown.placedAt()).isEqualTo(TEN_FIFTEEN);
        assertThat(shown.lines()).extracting(OrderLineView::sku, OrderLineView::itemName, OrderLineView::unitPrice,
                        OrderLineView::net)
                .containsExactly(
                        tuple("WID-1", "Widget", usd("9.00"), usd("94.50")),
                        tuple("GAD-1", "Gadget", usd("2.50"), usd("7.50")));
        assertThat(state.pending()).containsExactly(orderKey(order));
    }

    @Test
    void theDeviceShowsTheSameTotalTheRulebookComputes() {
        PlaceOrder order = order(line(WIDGET, "7", "3.3333"));
        Replica replica = new Replica(base);

        OrderView shown = (OrderView) Rebase.apply(base, List.of(pending(order))).views().get(orderKey(order));

        assertThat(shown.total()).isEqualTo(
                replica.price(acme, List.of(Replica.line(WIDGET, new BigDecimal("7"), new BigDecimal("3.3333")))).total());
    }

    @Test
    void thePendingOrderGivesWayOnceTheBaseHasTheServersOrder() {
        PlaceOrder order = order(line(WIDGET, "12", null));
        OrderView servers = new OrderView(order.orderId(), "SO-1042", acme.id(), "Acme Hardware", OrderStatus.ON_HOLD,
                "credit limit exceeded", List.of(), usd("108.00"), usd("8.91"), usd("116.91"), REP, TEN_FIFTEEN, null);
        Map<EntityKey, SyncedView> pulled = new HashMap<>(base);
        pulled.put(orderKey(order), servers);

        Rebase.LocalState state = Rebase.apply(pulled, List.of(pending(order)));

        assertThat(state.views().get(orderKey(order))).isEqualTo(servers);
        assertThat(state.pending()).isEmpty();
    }

    @Test
    void anOrderTheDeviceCannotPriceStaysInTheOutboxOnly() {
        PlaceOrder unknownCustomer = new PlaceOrder(UUID.randomUUID(), UUID.randomUUID(), List.of(line(WIDGET, "1", null)),
                null, null, null);
        PlaceOrder unpricedItem = order(line(UUID.randomUUID(), "1", null));
        PlaceOrder tooFineADiscount = order(line(WIDGET, "1", "5.12345"));

        Rebase.LocalState state = Rebase.apply(base,
                List.of(pending(unknownCustomer), pending(unpricedItem), pending(tooFineADiscount)));

        assertThat(state.views()).isEqualTo(base);
        assertThat(state.pending()).isEmpty();
    }

    @Test
    void aPendingOrderCountsAgainstItsCustomersCreditUntilTheServerHasIt() {
        PlaceOrder order = order(line(WIDGET, "12", null)); // 108.00 + 8.25 % tax = 116.91
        Map<EntityKey, SyncedView> pulled = new HashMap<>(base);
        pulled.put(orderKey(order), new OrderView(order.orderId(), "SO-1042", acme.id(), "Acme Hardware", OrderStatus.OPEN, null,
                List.of(), usd("108.00"), usd("8.91"), usd("116.91"), REP, TEN_FIFTEEN, null));

        CustomerView offline = customerIn(Rebase.apply(base, List.of(pending(order))));
        CustomerView synced = customerIn(Rebase.apply(pulled, List.of(pending(order))));

        assertThat(offline.openOrders()).isEqualTo(acme.openOrders().plus(usd("116.91")));
        assertThat(synced).as("the server's credit picture already holds its order").isEqualTo(acme);
    }

    @Test
    void twoOfflineOrdersTogetherPassTheLimitThatEachAloneStaysWithin() {
        CustomerView tight = aCustomer().withId(acme.id()).onPriceList("STD").withTaxRate("8.25").withCreditLimit("150.00")
                .owing("0", "20.00").build();
        Map<EntityKey, SyncedView> pulled = new HashMap<>(base);
        pulled.put(new EntityKey(CustomerView.TYPE, acme.id()), tight);
        Money tenWidgets = usd("97.43"); // 10 x 9.00 + 8.25 % tax

        CustomerView afterFirst = customerIn(Rebase.apply(pulled, List.of(pending(order(line(WIDGET, "10", null))))));

        assertThat(CreditPolicy.check(tight.exposure(), tenWidgets, tight.creditLimit()))
                .isInstanceOf(CreditDecision.WithinLimit.class);
        assertThat(CreditPolicy.check(afterFirst.exposure(), tenWidgets, tight.creditLimit()))
                .isEqualTo(new CreditDecision.OverLimit(usd("150.00"), usd("214.86"), usd("64.86")));
    }

    @Test
    void severalPendingOrdersAreEachPricedAndCountedOnce() {
        PlaceOrder first = order(line(WIDGET, "12", null));
        PlaceOrder second = order(line(GADGET, "4", null)); // 10.00 + 0.83 tax
        PlaceOrder sentTwice = new PlaceOrder(first.orderId(), acme.id(), List.of(line(GADGET, "1", null)), null, null, null);

        Rebase.LocalState state = Rebase.apply(base, List.of(pending(first), pending(second), pending(sentTwice)));

        assertThat(((OrderView) state.views().get(orderKey(first))).total()).isEqualTo(usd("116.91"));
        assertThat(((OrderView) state.views().get(orderKey(second))).total()).isEqualTo(usd("10.83"));
        assertThat(customerIn(state).openOrders()).isEqualTo(usd("127.74"));
        assertThat(state.pending()).containsExactly(orderKey(first), orderKey(second));
    }

    @Test
    void aFullPickMarksTheTaskPicked() {
        PickTaskView shown = afterPicking(tenWidgets, "10");

        assertThat(shown.status()).isEqualTo(PickTaskStatus.PICKED);
        assertThat(shown.pickedQuantity()).isEqualByComparingTo("10");
        assertThat(shown.quantity()).isEqualByComparingTo("10");
    }

    @Test
    void aPickOfLessThanAskedMarksTheTaskShort() {
        assertThat(afterPicking(tenWidgets, "7").status()).isEqualTo(PickTaskStatus.SHORT);
        assertThat(afterPicking(tenWidgets, "0").status()).as("the bin was empty").isEqualTo(PickTaskStatus.SHORT);
        assertThat(afterPicking(tenWidgets, "12").status()).isEqualTo(PickTaskStatus.PICKED);
    }

    @Test
    void aPickForATaskNotOnTheDeviceIsIgnored() {
        Rebase.LocalState state = Rebase.apply(base, List.of(pending(pick(UUID.randomUUID(), "5"))));

        assertThat(state.views()).isEqualTo(base);
        assertThat(state.pending()).isEmpty();
    }

    @Test
    void pendingCommandsAreLaidInTheOrderTheyWereMade() {
        PlaceOrder first = order(line(WIDGET, "1", null));
        PlaceOrder second = order(line(GADGET, "1", null));

        Rebase.LocalState shortThenFull = Rebase.apply(base, List.of(
                pending(second), pending(pick(tenWidgets.id(), "4")), pending(first), pending(pick(tenWidgets.id(), "10"))));
        Rebase.LocalState fullThenShort = Rebase.apply(base, List.of(
                pending(pick(tenWidgets.id(), "10")), pending(pick(tenWidgets.id(), "4"))));

        assertThat(((PickTaskView) shortThenFull.views().get(taskKey())).status()).isEqualTo(PickTaskStatus.PICKED);
        assertThat(((PickTaskView) fullThenShort.views().get(taskKey())).status()).isEqualTo(PickTaskStatus.SHORT);
        assertThat(shortThenFull.pending()).containsExactly(orderKey(second), taskKey(), orderKey(first));
    }

    @Test
    void theBaseItselfIsNeverChanged() {
        Map<EntityKey, SyncedView> before = Map.copyOf(base);

        Rebase.apply(base, List.of(pending(order(line(WIDGET, "1", null))), pending(pick(tenWidgets.id(), "10"))));

        assertThat(base).isEqualTo(before);
    }

    private CustomerView customerIn(Rebase.LocalState state) {
        return state.replica().customer(acme.id()).orElseThrow();
    }

    private PickTaskView afterPicking(PickTaskView task, String quantity) {
        return (PickTaskView) Rebase.apply(base, List.of(pending(pick(task.id(), quantity)))).views().get(taskKey());
    }

    private EntityKey taskKey() {
        return new EntityKey(PickTaskView.TYPE, tenWidgets.id());
    }

    private static EntityKey orderKey(PlaceOrder order) {
        return new EntityKey(OrderView.TYPE, order.orderId());
    }

    private PlaceOrder order(PlaceOrder.Line... lines) {
        return new PlaceOrder(UUID.randomUUID(), acme.id(), List.of(lines), null, null, null);
    }

    private static PlaceOrder.Line line(UUID itemId, String quantity, String discount) {
        return new PlaceOrder.Line(itemId, new BigDecimal(quantity), discount == null ? null : new BigDecimal(discount), null);
    }

    private static ConfirmPick pick(UUID taskId, String quantity) {
        return new ConfirmPick(taskId, "A-01-02", "09506000134352", new BigDecimal(quantity), null);
    }

    private static Rebase.Pending pending(DeviceCommand command) {
        return new Rebase.Pending(command, REP, TEN_FIFTEEN);
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }
}
