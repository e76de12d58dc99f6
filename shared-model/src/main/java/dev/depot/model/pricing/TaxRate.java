package dev.depot.model.pricing;

import dev.depot.model.money.Money;

/** The sales tax rate that applies to a customer's deliveries. */
public record TaxRate(Percentage rate) {

    public static final TaxRate EXEMPT = new TaxRate(Percentage.ZERO);

    public static TaxRate of(String percent) {
        return new TaxRate(Percentage.of(percent));
    }

    /** Tax on a taxable amount, rounded to the currency's minor unit. */
    public Money taxOn(Money taxable) {
        return taxable.times(rate.fraction());
    }
}
