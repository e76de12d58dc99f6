package dev.depot.model.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void dollarsAreKeptToTheCent() {
        assertThat(Money.of("12", "USD").amount()).isEqualTo(new BigDecimal("12.00"));
        assertThat(Money.of("12.5", "USD").toString()).isEqualTo("USD 12.50");
    }

    @Test
    void yenHaveNoDecimals() {
        assertThat(Money.of("1200", "JPY").amount()).isEqualTo(new BigDecimal("1200"));
        assertThat(Money.of("1200.00", "JPY")).isEqualTo(Money.of("1200", "JPY"));
    }

    @Test
    void theSameAmountWrittenWithTrailingZerosIsEqual() {
        assertThat(Money.of("3.100", "USD")).isEqualTo(Money.of("3.1", "USD"));
        assertThat(Money.of("3.100", "USD").hashCode()).isEqualTo(Money.of("3.1", "USD").hashCode());
    }

    @Test
    void aFractionOfACentIsRefused() {
        assertThatThrownBy(() -> Money.of("1.005", "USD"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1.005 has more decimals than USD allows (2)");
    }

    @Test
    void aFractionOfAYenIsRefused() {
        assertThatThrownBy(() -> Money.of("0.5", "JPY"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("JPY allows (0)");
    }

    @Test
    void anUnknownCurrencyCodeIsRefused() {
        assertThatThrownBy(() -> Money.of("1", "usd"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an ISO 4217 currency code: usd");
    }

    @Test
    void dollarsAndEurosDoNotAdd() {
        assertThatThrownBy(() -> Money.of("1", "USD").plus(Money.of("1", "EUR")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot combine USD with EUR");
        assertThatThrownBy(() -> Money.of("1", "USD").minus(Money.of("1", "EUR")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("1", "USD").compareTo(Money.of("1", "EUR")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void roundingGoesHalfUpToTheMinorUnit() {
        assertThat(Money.rounded(new BigDecimal("2.345"), "USD")).isEqualTo(Money.of("2.35", "USD"));
        assertThat(Money.rounded(new BigDecimal("2.344999"), "USD")).isEqualTo(Money.of("2.34", "USD"));
        assertThat(Money.rounded(new BigDecimal("2.5"), "JPY")).isEqualTo(Money.of("3", "JPY"));
    }

    @Test
    void negativeHalvesRoundAwayFromZeroLikePositiveOnes() {
        // A credit memo must mirror its invoice to the cent.
        assertThat(Money.rounded(new BigDecimal("-2.345"), "USD")).isEqualTo(Money.of("-2.35", "USD"));
    }

    @Test
    void multiplyingRoundsTheProductOnce() {
        assertThat(Money.of("9.99", "USD").times(new BigDecimal("2.625"))).isEqualTo(Money.of("26.22", "USD"));
        assertThat(Money.of("0.05", "USD").times(new BigDecimal("0.5"))).isEqualTo(Money.of("0.03", "USD"));
        assertThat(Money.of("105", "JPY").times(new BigDecimal("0.1"))).isEqualTo(Money.of("11", "JPY"));
    }

    @Test
    void amountsCompareByValue() {
        Money ten = Money.of("10.00", "USD");

        assertThat(ten.isGreaterThan(Money.of("9.99", "USD"))).isTrue();
        assertThat(ten.isGreaterThan(Money.of("10", "USD"))).isFalse();
        assertThat(ten.negate().isNegative()).isTrue();
        assertThat(Money.zero("USD").isZero()).isTrue();
        assertThat(ten.minus(ten)).isEqualTo(Money.zero("USD"));
    }
}
