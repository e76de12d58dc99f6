package dev.depot.model.pricing;

import static dev.depot.model.pricing.Prices.itemPrice;
import static dev.depot.model.pricing.Prices.line;
import static dev.depot.model.pricing.Prices.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.depot.model.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderPricingTest {

    private static final UUID WIDGET = UUID.randomUUID();
    private static final UUID GADGET = UUID.randomUUID();
    private static final UUID PENNY_NAIL = UUID.randomUUID();
    private static final UUID PENNY_SCREW = UUID.randomUUID();

    private final PriceList standard = PriceList.of("STD", "USD", List.of(
            itemPrice(WIDGET, "USD", "1", "10.00", "10", "9.00", "100", "8.00"),
            itemPrice(GADGET, "USD", "1", "2.50"),
            itemPrice(PENNY_NAIL, "USD", "1", "0.01"),
            itemPrice(PENNY_SCREW, "USD", "1", "0.01")));

    @Test
    void aLinePaysItsBreakPriceLessItsDiscountAndTaxIsAddedOnTheSubtotal() {
        PricedOrder order = OrderPricing.price(
                List.of(line(WIDGET, "12", "12.5"), line(GADGET, "3", "0")), standard, TaxRate.of("8.25"));

        assertThat(order.lines()).extracting(PricedLine::lineNumber).containsExactly(1, 2);
        PricedLine widgets = order.lines().getFirst();
        assertThat(widgets.unitPrice()).isEqualTo(usd("9.00"));
        assertThat(widgets.discount()).isEqualTo(Percentage.of("12.5"));
        assertThat(widgets.net()).isEqualTo(usd("94.50"));
        assertThat(order.lines().get(1).net()).isEqualTo(usd("7.50"));
        assertThat(order.subtotal()).isEqualTo(usd("102.00"));
        assertThat(order.tax()).isEqualTo(usd("8.42"));
        assertThat(order.total()).isEqualTo(usd("110.42"));
    }

    @Test
    void eachLineIsRoundedOnItsOwn() {
        // Half a cent on each line rounds up on each: 0.02, where rounding the sum would give 0.01.
        PricedOrder order = OrderPricing.price(
                List.of(line(PENNY_NAIL, "1", "50"), line(PENNY_SCREW, "1", "50")), standard, TaxRate.EXEMPT);

        assertThat(order.lines()).extracting(PricedLine::net).containsOnly(usd("0.01"));
        assertThat(order.subtotal()).isEqualTo(usd("0.02"));
    }

    @Test
    void aFullDiscountMakesTheLineFree() {
        PricedOrder order = OrderPricing.price(List.of(line(WIDGET, "5", "100")), standard, TaxRate.of("8.25"));

        assertThat(order.total()).isEqualTo(usd("0.00"));
    }

    @Test
    void yenOrdersAreWholeYen() {
        UUID tea = UUID.randomUUID();
        PriceList yen = PriceList.of("JP", "JPY", List.of(itemPrice(tea, "JPY", "1", "105")));

        PricedOrder order = OrderPricing.price(List.of(line(tea, "3", "10")), yen, TaxRate.of("10"));

        assertThat(order.subtotal()).isEqualTo(Money.of("284", "JPY")); // 283.5 rounds half-up
        assertThat(order.tax()).isEqualTo(Money.of("28", "JPY"));
        assertThat(order.total()).isEqualTo(Money.of("312", "JPY"));
    }

    @Test
    void anItemNotOnTheCustomersListIsRefusedByName() {
        UUID unlisted = UUID.randomUUID();

        assertThatThrownBy(() -> OrderPricing.price(List.of(line(WIDGET, "1", "0"), line(unlisted, "1", "0")), standard,
                TaxRate.EXEMPT))
                .isInstanceOfSatisfying(UnpricedItemException.class, e -> assertThat(e.itemId()).isEqualTo(unlisted))
                .hasMessage("item " + unlisted + " has no price on price list STD");
    }

    @Test
    void anOrderWithoutLinesIsRefused() {
        assertThatThrownBy(() -> OrderPricing.price(List.of(), standard, TaxRate.EXEMPT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an order needs at least one line");
    }

    @Test
    void aLineAsksForMoreThanNothing() {
        assertThatThrownBy(() -> new OrderLineRequest(WIDGET, BigDecimal.ZERO, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quantity must be positive");
        assertThat(new OrderLineRequest(WIDGET, BigDecimal.ONE, null).discount()).isEqualTo(Percentage.ZERO);
    }

    @Test
    void aPriceListRefusesItemsPricedInAnotherCurrency() {
        assertThatThrownBy(() -> PriceList.of("STD", "EUR", List.of(itemPrice(WIDGET, "USD", "1", "10.00"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("price list STD is in EUR but item " + WIDGET + " is priced in USD");
    }

    @Test
    void aPriceListWithTwoPricesForOneItemIsRefused() {
        assertThatThrownBy(() -> PriceList.of("STD", "USD", List.of(
                itemPrice(WIDGET, "USD", "1", "10.00"), itemPrice(WIDGET, "USD", "1", "11.00"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("price list STD prices item " + WIDGET + " twice");
    }

    @Test
    void aPriceFiledUnderAnotherItemIsRefused() {
        assertThatThrownBy(() -> new PriceList("STD", "USD", Map.of(GADGET, itemPrice(WIDGET, "USD", "1", "10.00"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("files the price of item " + WIDGET + " under item " + GADGET);
    }
}
