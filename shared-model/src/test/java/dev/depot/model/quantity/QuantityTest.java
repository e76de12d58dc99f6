package dev.depot.model.quantity;

import static dev.depot.model.quantity.UnitOfMeasure.CASE;
import static dev.depot.model.quantity.UnitOfMeasure.EACH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QuantityTest {

    @Test
    void twelveAndTwelvePointZeroZeroZeroAreTheSameQuantity() {
        Quantity twelve = Quantity.eaches(12);
        Quantity scanned = Quantity.eaches(new BigDecimal("12.000"));

        assertThat(scanned).isEqualTo(twelve);
        assertThat(scanned.hashCode()).isEqualTo(twelve.hashCode());
        assertThat(scanned.toString()).isEqualTo("12 EA");
    }

    @Test
    void roundHundredsStayPlainNumbers() {
        assertThat(Quantity.eaches(new BigDecimal("1200.0")).amount().toString()).isEqualTo("1200");
        assertThat(Quantity.eaches(new BigDecimal("0.000")).amount().toString()).isEqualTo("0");
    }

    @Test
    void quantitiesInTheSameUnitAddAndSubtract() {
        assertThat(Quantity.eaches(7).plus(Quantity.eaches(5))).isEqualTo(Quantity.eaches(12));
        assertThat(Quantity.eaches(7).minus(Quantity.eaches(9)).isNegative()).isTrue();
        assertThat(Quantity.eaches(7).minus(Quantity.eaches(7)).isZero()).isTrue();
        assertThat(Quantity.eaches(3).min(Quantity.eaches(2))).isEqualTo(Quantity.eaches(2));
    }

    @Test
    void casesAndEachesDoNotMixWithoutAPackConversion() {
        assertThatThrownBy(() -> Quantity.eaches(12).plus(Quantity.of(1, CASE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot combine EACH with CASE");
        assertThatThrownBy(() -> Quantity.eaches(12).compareTo(Quantity.of(1, CASE)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aQuantityNeedsAnAmountAndAUnit() {
        assertThatThrownBy(() -> new Quantity(null, EACH)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Quantity(BigDecimal.ONE, null)).isInstanceOf(NullPointerException.class);
    }
}
