package dev.depot.model.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MoneyPropertiesTest {

    private static final BigDecimal HALF_A_CENT = new BigDecimal("0.005");

    @Provide
    Arbitrary<Money> dollars() {
        return Arbitraries.bigDecimals()
                .between(new BigDecimal("-1000000000"), new BigDecimal("1000000000"))
                .ofScale(2)
                .map(amount -> new Money(amount, "USD"));
    }

    @Provide
    Arbitrary<BigDecimal> factors() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("1000")).ofScale(6);
    }

    @Property
    void subtractingWhatWasAddedGivesTheAmountBack(@ForAll("dollars") Money a, @ForAll("dollars") Money b) {
        assertThat(a.plus(b).minus(b)).isEqualTo(a);
    }

    @Property
    void theOrderOfAdditionDoesNotMatter(@ForAll("dollars") Money a, @ForAll("dollars") Money b) {
        assertThat(a.plus(b)).isEqualTo(b.plus(a));
    }

    @Property
    void additionGroupsEitherWay(@ForAll("dollars") Money a, @ForAll("dollars") Money b, @ForAll("dollars") Money c) {
        assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
    }

    @Property
    void aProductIsWithinHalfACentOfTheExactValue(@ForAll("dollars") Money a, @ForAll("factors") BigDecimal factor) {
        BigDecimal exact = a.amount().multiply(factor);

        Money product = a.times(factor);

        assertThat(product.amount().subtract(exact).abs()).isLessThanOrEqualTo(HALF_A_CENT);
        assertThat(product.amount().scale()).isEqualTo(2);
    }

    @Property
    void aProductOfTheNegatedAmountIsTheNegatedProduct(@ForAll("dollars") Money a, @ForAll("factors") BigDecimal factor) {
        assertThat(a.negate().times(factor)).isEqualTo(a.times(factor).negate());
    }

    @Property
    void timesOneChangesNothing(@ForAll("dollars") Money a) {
        assertThat(a.times(BigDecimal.ONE)).isEqualTo(a);
    }
}
