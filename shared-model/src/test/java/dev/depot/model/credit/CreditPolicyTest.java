package dev.depot.model.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.depot.model.money.Money;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CreditPolicyTest {

    private static final Money LIMIT = usd("5000.00");
    /** 3,000 unpaid on invoices and 1,500 on orders not yet invoiced. */
    private final CreditExposure exposure = new CreditExposure(usd("3000.00"), usd("1500.00"));

    @Test
    void anOrderThatFitsLeavesTheRestOfTheLimitAsHeadroom() {
        CreditDecision decision = CreditPolicy.check(exposure, usd("400.00"), LIMIT);

        assertThat(decision).isEqualTo(new CreditDecision.WithinLimit(usd("100.00")));
    }

    @Test
    void anOrderThatTakesExposureExactlyToTheLimitIsWithinIt() {
        assertThat(CreditPolicy.check(exposure, usd("500.00"), LIMIT))
                .isEqualTo(new CreditDecision.WithinLimit(usd("0.00")));
    }

    @Test
    void aCentOverTheLimitGoesOnHoldWithTheReason() {
        CreditDecision decision = CreditPolicy.check(exposure, usd("500.01"), LIMIT);

        assertThat(decision).isInstanceOfSatisfying(CreditDecision.OverLimit.class, over -> {
            assertThat(over.excess()).isEqualTo(usd("0.01"));
            assertThat(over.exposureWithOrder()).isEqualTo(usd("5000.01"));
            assertThat(over.reason()).isEqualTo(
                    "credit limit USD 5000.00 exceeded by USD 0.01 (exposure with this order USD 5000.01)");
        });
    }

    @Test
    void aCustomerWithNoExposureMayOrderUpToTheLimit() {
        assertThat(CreditPolicy.check(CreditExposure.none("USD"), LIMIT, LIMIT))
                .isInstanceOf(CreditDecision.WithinLimit.class);
    }

    @Test
    void aLimitInAnotherCurrencyIsNotCompared() {
        assertThatThrownBy(() -> CreditPolicy.check(exposure, usd("1.00"), Money.of("5000", "EUR")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theHeadroomIsWhatALimitLeavesBeforeAnyNewOrder() {
        assertThat(CreditPolicy.headroom(exposure, LIMIT)).isEqualTo(new CreditDecision.WithinLimit(usd("500.00")));
        assertThat(CreditPolicy.headroom(exposure, usd("4000.00")))
                .isEqualTo(new CreditDecision.OverLimit(usd("4000.00"), usd("4500.00"), usd("500.00")));
    }

    @Property
    void anOrderIsOverTheLimitExactlyWhenExposurePlusOrderExceedsIt(@ForAll("amounts") Money receivables,
                                                                     @ForAll("amounts") Money openOrders,
                                                                     @ForAll("amounts") Money order,
                                                                     @ForAll("amounts") Money limit) {
        Money withOrder = receivables.plus(openOrders).plus(order);

        CreditDecision decision = CreditPolicy.check(new CreditExposure(receivables, openOrders), order, limit);

        if (withOrder.compareTo(limit) > 0) {
            assertThat(decision).isEqualTo(new CreditDecision.OverLimit(limit, withOrder, withOrder.minus(limit)));
        } else {
            assertThat(decision).isEqualTo(new CreditDecision.WithinLimit(limit.minus(withOrder)));
        }
    }

    @Provide
    Arbitrary<Money> amounts() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000")).ofScale(2)
                .map(amount -> new Money(amount, "USD"))
                .edgeCases(edges -> edges.add(usd("5000.00")));
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }
}
