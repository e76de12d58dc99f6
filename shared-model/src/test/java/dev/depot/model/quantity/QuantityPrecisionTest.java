package dev.depot.model.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

class QuantityPrecisionTest {

    @Property
    void everyQuantityANumeric18Comma3ColumnHoldsWithTwelveWholeDigitsIsAccepted(
            @ForAll @BigRange(min = "0", max = "999999999999.999") @Scale(3) BigDecimal quantity) {
        assertThat(QuantityPrecision.problemWith(quantity)).isEmpty();
    }

    @Property
    void aFourthDecimalIsAlwaysRefused(@ForAll @BigRange(min = "0", max = "999999") @Scale(3) BigDecimal quantity) {
        BigDecimal finer = quantity.add(new BigDecimal("0.0001"));

        assertThat(QuantityPrecision.problemWith(finer)).contains("has at most 3 decimals, got " + finer.toPlainString());
    }

    @Property
    void trailingZerosDoNotCountAsDecimals(@ForAll @BigRange(min = "0", max = "999999") @Scale(3) BigDecimal quantity) {
        assertThat(QuantityPrecision.problemWith(quantity.setScale(8))).isEmpty();
    }

    @Example
    void aThirteenthWholeDigitIsRefused() {
        assertThat(QuantityPrecision.problemWith(new BigDecimal("1000000000000")))
                .contains("has at most 12 digits before the point, got 1000000000000");
    }
}
