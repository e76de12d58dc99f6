package dev.depot.model.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PercentageTest {

    @Test
    void twelveAndAHalfPercentIsAnEighth() {
        assertThat(Percentage.of("12.5").fraction()).isEqualByComparingTo("0.125");
        assertThat(Percentage.of("12.5").toString()).isEqualTo("12.5 %");
    }

    @Test
    void theSameShareWrittenDifferentlyIsEqual() {
        assertThat(Percentage.of("5")).isEqualTo(Percentage.of("5.0000"));
    }

    @Test
    void aShareOutsideZeroToAHundredIsRefused() {
        assertThatThrownBy(() -> Percentage.of("-0.01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percentage.of("100.01"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a percentage is between 0 and 100, got 100.01");
        assertThat(Percentage.of("100").fraction()).isEqualByComparingTo(BigDecimal.ONE);
    }

    @Test
    void aShareWithMoreThanFourDecimalsIsRefused() {
        assertThatThrownBy(() -> Percentage.of("8.12345"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a percentage has at most 4 decimals, got 8.12345");
    }

    @Test
    void taxIsRoundedHalfUpToTheCent() {
        assertThat(TaxRate.of("8.25").taxOn(Prices.usd("102.00"))).isEqualTo(Prices.usd("8.42"));
        assertThat(TaxRate.EXEMPT.taxOn(Prices.usd("102.00"))).isEqualTo(Prices.usd("0.00"));
    }
}
