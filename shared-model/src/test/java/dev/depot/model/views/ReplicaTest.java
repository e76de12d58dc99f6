package dev.depot.model.views;

import static dev.depot.model.testdata.Catalog.anItem;
import static dev.depot.model.testdata.Catalog.baseOf;
import static dev.depot.model.testdata.Catalog.priceOn;
import static dev.depot.model.testdata.CustomerViewBuilder.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.depot.model.money.Money;
import dev.depot.model.pricing.OrderPricing;
import dev.depot.model.pricing.Percentage;
import dev.depot.model.pricing.PriceList;
import dev.depot.model.pricing.PricedOrder;
import dev.depot.model.pricing.TaxRate;
import dev.depot.model.pricing.UnpricedItemException;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReplicaTest {

    private static final UUID WIDGET = UUID.randomUUID();
    private static final UUID GADGET = UUID.randomUUID();

    private final CustomerView standardCustomer = aCustomer().onPriceList("STD").withTaxRate("8.25").build();
    private final CustomerView tradeCustomer = aCustomer().onPriceList("TRADE").build();
    private final Replica replica = new Replica(baseOf(
            standardCustomer,
            tradeCustomer,
            anItem(WIDGET, "WID-1", "Widget"),
            anItem(GADGET, "GAD-1", "Gadget"),
            priceOn("STD", WIDGET, "USD", "1", "10.00", "10", "9.00"),
            priceOn("STD", GADGET, "USD", "1", "2.50"),
            priceOn("TRADE", WIDGET, "USD", "1", "7.00")));

    @Test
    void aCustomersPriceListHoldsOnlyThePricesOfTheirList() {
        PriceList trade = replica.priceListFor(tradeCustomer);

        assertThat(trade.code()).isEqualTo("TRADE");
        assertThat(trade.currency()).isEqualTo("USD");
        assertThat(trade.prices()).containsOnlyKeys(WIDGET);
        assertThat(trade.unitPrice(WIDGET, BigDecimal.ONE)).isEqualTo(Money.of("7.00", "USD"));
        assertThat(replica.priceListFor(standardCustomer).prices()).containsOnlyKeys(WIDGET, GADGET);
    }

    @Test
    void anOrderIsPricedFromTheCustomersListAndTaxRate() {
        PricedOrder priced = replica.price(standardCustomer, List.of(
                Replica.line(WIDGET, new BigDecimal("12"), new BigDecimal("12.5")),
                Replica.line(GADGET, new BigDecimal("3"), null)));

        assertThat(priced).isEqualTo(OrderPricing.price(priced.lines().stream()
                        .map(l -> Replica.line(l.itemId(), l.quantity(), l.discount().value())).toList(),
                replica.priceListFor(standardCustomer), TaxRate.of("8.25")));
        assertThat(priced.total()).isEqualTo(Money.of("110.42", "USD"));
    }

    @Test
    void anItemOffTheCustomersListCannotBePriced() {
        assertThatThrownBy(() -> replica.price(tradeCustomer, List.of(Replica.line(GADGET, BigDecimal.ONE, null))))
                .isInstanceOf(UnpricedItemException.class)
                .hasMessageContaining("price list TRADE");
    }

    @Test
    void aLineWithoutADiscountHasNone() {
        assertThat(Replica.line(WIDGET, BigDecimal.ONE, null).discount()).isEqualTo(Percentage.ZERO);
    }

    @Test
    void recordsAreFoundByTypeAndId() {
        assertThat(replica.customer(standardCustomer.id())).contains(standardCustomer);
        assertThat(replica.item(WIDGET).map(ItemView::sku)).contains("WID-1");
        assertThat(replica.item(standardCustomer.id())).as("a customer's id is not an item's").isEmpty();
        assertThat(replica.customer(UUID.randomUUID())).isEmpty();
        assertThat(replica.all(ItemPriceView.class)).hasSize(3);
    }
}
