package dev.depot.model.pricing;

import static dev.depot.model.pricing.Prices.itemPrice;
import static dev.depot.model.pricing.Prices.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.depot.model.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ItemPriceTest {

    private static final UUID WIDGET = UUID.randomUUID();

    private final ItemPrice widget = itemPrice(WIDGET, "USD", "100", "8.00", "1", "10.00", "10", "9.00");

    @ParameterizedTest(name = "{0} eaches cost {1} each")
    @CsvSource({"1, 10.00", "9, 10.00", "9.999, 10.00", "10, 9.00", "99, 9.00", "100, 8.00", "5000, 8.00", "0.5, 10.00"})
    void theBreakWithTheHighestMinimumNotAboveTheQuantityApplies(String quantity, String unitPrice) {
        assertThat(widget.unitPriceFor(new BigDecimal(quantity))).isEqualTo(usd(unitPrice));
    }

    @Test
    void breaksAreKeptLowestMinimumFirst() {
        assertThat(widget.breaks()).extracting(PriceBreak::minimumQuantity)
                .containsExactly(BigDecimal.ONE, BigDecimal.TEN, new BigDecimal("100"));
    }

    @Test
    void anItemWithoutAPriceForSmallQuantitiesIsRefused() {
        assertThatThrownBy(() -> itemPrice(WIDGET, "USD", "10", "9.00"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no price below 10");
    }

    @Test
    void twoPricesFromTheSameQuantityAreRefused() {
        assertThatThrownBy(() -> itemPrice(WIDGET, "USD", "1", "10.00", "10", "9.00", "10.0", "8.50"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has two prices from 10");
    }

    @Test
    void anItemPricedInTwoCurrenciesIsRefused() {
        List<PriceBreak> breaks = List.of(new PriceBreak(BigDecimal.ONE, usd("10.00")),
                new PriceBreak(BigDecimal.TEN, Money.of("9.00", "EUR")));

        assertThatThrownBy(() -> new ItemPrice(WIDGET, breaks))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than one currency");
    }

    @Test
    void anItemNeedsAtLeastOnePrice() {
        assertThatThrownBy(() -> new ItemPrice(WIDGET, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBreakNeitherStartsBelowZeroNorPaysTheCustomer() {
        assertThatThrownBy(() -> new PriceBreak(new BigDecimal("-1"), usd("1.00"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PriceBreak(BigDecimal.ONE, usd("-1.00"))).isInstanceOf(IllegalArgumentException.class);
    }
}
