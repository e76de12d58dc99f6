package dev.depot.mobile.rep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.depot.mobile.testing.ReplicaSeed;
import dev.depot.model.changes.EntityKey;
import dev.depot.model.commands.PlaceOrder;
import dev.depot.model.credit.CreditDecision;
import dev.depot.model.pricing.OrderPricing;
import dev.depot.model.pricing.Percentage;
import dev.depot.model.pricing.PricedOrder;
import dev.depot.model.pricing.TaxRate;
import dev.depot.model.pricing.UnpricedItemException;
import dev.depot.model.views.CustomerView;
import dev.depot.model.views.ItemView;
import dev.depot.model.views.Replica;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OrderDraftTest {

    private final Replica replica = new Replica(ReplicaSeed.forRep().views().entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().view())));

    @Test
    void eachScanOfTheSameItemAddsToItsLine() {
        OrderDraft draft = new OrderDraft(ReplicaSeed.ACME, replica);

        draft.add(ReplicaSeed.GLOVES, BigDecimal.ONE);
        draft.add(ReplicaSeed.TAPE, new BigDecimal("12"));
        draft.add(ReplicaSeed.GLOVES, BigDecimal.ONE);

        assertThat(draft.lines()).extracting(l -> l.item().sku(), OrderDraft.DraftLine::quantity)
                .containsExactly(tuple("GLV-100", new BigDecimal("2")),
                        tuple("TPE-48", new BigDecimal("12")));
    }

    @Test
    void theDraftIsPricedByTheSharedRulebookWithBreaksAndDiscounts() {
        OrderDraft draft = new OrderDraft(ReplicaSeed.ACME, replica);
        draft.add(ReplicaSeed.GLOVES, new BigDecimal("10"));
        draft.add(ReplicaSeed.LABELS, new BigDecimal("3"));
        draft.changeDiscount(ReplicaSeed.LABELS.id(), Percentage.of("12.5"));

        PricedOrder expected = OrderPricing.price(List.of(Replica.line(ReplicaSeed.GLOVES.id(), new BigDecimal("10"), null),
                Replica.line(ReplicaSeed.LABELS.id(), new BigDecimal("3"), new BigDecimal("12.5"))),
                replica.priceListFor(ReplicaSeed.ACME), TaxRate.of("8.25"));
        assertThat(draft.priced()).contains(expected);
        assertThat(expected.lines().getFirst().unitPrice()).isEqualTo(ReplicaSeed.usd("8.10")); // the 10+ break
    }

    @Test
    void aDraftIsPricedOncePerChangeHoweverOftenItIsShown() {
        OrderDraft draft = new OrderDraft(ReplicaSeed.ACME, replica);
        draft.add(ReplicaSeed.GLOVES, new BigDecimal("10"));

        PricedOrder shown = draft.priced().orElseThrow();
        draft.credit();

        assertThat(draft.priced().orElseThrow()).isSameAs(shown);
        draft.changeQuantity(ReplicaSeed.GLOVES.id(), new BigDecimal("11"));
        assertThat(draft.priced().orElseThrow()).isNotSameAs(shown).isNotEqualTo(shown);
    }

    @Test
    void theCommandCarriesWhatTheRepWasShownAndTheRecordsTheyLookedAt() {
        OrderDraft draft = new OrderDraft(ReplicaSeed.ACME, replica);
        draft.add(ReplicaSeed.GLOVES, new BigDecimal("2"));
        UUID orderId = UUID.randomUUID();

        PlaceOrder order = draft.toCommand(orderId, "  PO-7781 ", null);

        assertThat(order).isEqualTo(new PlaceOrder(orderId, ReplicaSeed.ACME.id(),
                List.of(new PlaceOrder.Line(ReplicaSeed.GLOVES.id(), new BigDecimal("2"), Percentage.ZERO.value(), ReplicaSeed.usd("8.90"))),
                draft.priced().orElseThrow().total(), "PO-7781", null));
        assertThat(order.violations()).isEmpty();
        assertThat(draft.seenRecords()).contains(new EntityKey(CustomerView.TYPE, ReplicaSeed.ACME.id()),
                new EntityKey(ItemView.TYPE, ReplicaSeed.GLOVES.id())).hasSize(3);
    }

    @Test
    void aQuantityOfZeroTakesTheLineOff() {
        OrderDraft draft = new OrderDraft(ReplicaSeed.ACME, replica);
        draft.add(ReplicaSeed.GLOVES, BigDecimal.ONE);

        draft.changeQuantity(ReplicaSeed.GLOVES.id(), BigDecimal.ZERO);

        assertThat(draft.isEmpty()).isTrue();
        assertThat(draft.priced()).isEmpty();
    }

    @Test
    void anItemNotOnTheCustomersPriceListCannotBeAdded() {
        ItemView unpriced = new ItemView(UUID.randomUUID(), "NEW-1", "4006381333931", "New item", 1, true);
        OrderDraft draft = new OrderDraft(ReplicaSeed.ACME, replica);

        assertThat(draft.sells(unpriced)).isFalse();
        assertThatThrownBy(() -> draft.add(unpriced, BigDecimal.ONE)).isInstanceOf(UnpricedItemException.class);
    }

    @Test
    void anOrderPastTheCreditLimitIsFlagged() {
        OrderDraft draft = new OrderDraft(ReplicaSeed.CORNER, replica);
        draft.add(ReplicaSeed.LABELS, new BigDecimal("2"));
        assertThat(draft.credit()).containsInstanceOf(CreditDecision.WithinLimit.class);

        draft.changeQuantity(ReplicaSeed.LABELS.id(), new BigDecimal("4"));

        assertThat(draft.credit()).containsInstanceOf(CreditDecision.OverLimit.class);
    }
}
