package dev.depot.model.commands;

import static dev.depot.model.testdata.Catalog.anItem;
import static dev.depot.model.testdata.Catalog.baseOf;
import static dev.depot.model.testdata.Catalog.priceOn;
import static dev.depot.model.testdata.CustomerViewBuilder.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.model.changes.EntityKey;
import dev.depot.model.money.Money;
import dev.depot.model.views.CustomerView;
import dev.depot.model.views.OrderStatus;
import dev.depot.model.views.OrderView;
import dev.depot.model.views.SyncedView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The credit a device shows always counts each of its unsynced orders once, for the right customer. */
class RebaseCreditPropertiesTest {

    private static final UUID WIDGET = UUID.randomUUID();
    private static final Instant TEN_FIFTEEN = Instant.parse("2026-11-23T10:15:00Z");
    private static final List<UUID> ORDER_IDS = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
            UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

    private final CustomerView acme = aCustomer().named("Acme").withTaxRate("8.25").owing("100.00", "250.00").build();
    private final CustomerView bolt = aCustomer().named("Bolt").withTaxRate("0").owing("0", "0").build();
    private final Map<EntityKey, SyncedView> base = Map.copyOf(baseOf(acme, bolt, anItem(WIDGET, "WID-1", "Widget"),
            priceOn("STD", WIDGET, "USD", "1", "10.00", "10", "9.00")));

    @Property
    void eachCustomersOpenOrdersGrowByTheTotalsOfItsProvisionalOrders(@ForAll("offlineDays") List<PlaceOrder> orders) {
        Rebase.LocalState state = Rebase.apply(base, orders.stream().map(RebaseCreditPropertiesTest::pending).toList());

        for (CustomerView customer : List.of(acme, bolt)) {
            Money provisional = state.replica().all(OrderView.class)
                    .filter(o -> o.status() == OrderStatus.AWAITING_SYNC && o.customerId().equals(customer.id()))
                    .map(OrderView::total)
                    .reduce(Money.zero("USD"), Money::plus);
            assertThat(state.replica().customer(customer.id()).orElseThrow().openOrders())
                    .isEqualTo(customer.openOrders().plus(provisional));
        }
    }

    @Property
    void anOrderIdRecordedTwiceShowsOnce(@ForAll("offlineDays") List<PlaceOrder> orders) {
        Rebase.LocalState state = Rebase.apply(base, orders.stream().map(RebaseCreditPropertiesTest::pending).toList());

        long distinct = orders.stream().map(PlaceOrder::orderId).distinct().count();
        assertThat(state.replica().all(OrderView.class)).hasSize((int) distinct);
        assertThat(state.pending()).hasSize((int) distinct);
    }

    @Property
    void rebasingTheSameCommandsOnTheSameBaseGivesTheSameState(@ForAll("offlineDays") List<PlaceOrder> orders) {
        List<Rebase.Pending> pending = orders.stream().map(RebaseCreditPropertiesTest::pending).toList();

        Rebase.LocalState once = Rebase.apply(base, pending);
        Rebase.LocalState again = Rebase.apply(base, pending);

        assertThat(again).isEqualTo(once);
    }

    /** A day's orders for either customer; some order ids come up twice, as a re-recorded order would. */
    @Provide
    Arbitrary<List<PlaceOrder>> offlineDays() {
        Arbitrary<UUID> customer = Arbitraries.of(acme.id(), bolt.id());
        Arbitrary<UUID> orderId = Arbitraries.of(ORDER_IDS);
        Arbitrary<BigDecimal> quantity = Arbitraries.bigDecimals().between(BigDecimal.ONE, new BigDecimal("500")).ofScale(0);
        return Combinators.combine(orderId, customer, quantity)
                .as((id, who, widgets) -> new PlaceOrder(id, who, List.of(new PlaceOrder.Line(WIDGET, widgets, null, null)), null,
                        null, null))
                .list().ofMaxSize(8);
    }

    private static Rebase.Pending pending(PlaceOrder order) {
        return new Rebase.Pending(order, UUID.randomUUID(), TEN_FIFTEEN);
    }
}
