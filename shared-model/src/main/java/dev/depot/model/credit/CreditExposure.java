package dev.depot.model.credit;

import dev.depot.model.money.Money;

/** What a customer owes or has committed to: invoices not yet paid plus orders not yet invoiced. */
public record CreditExposure(Money openReceivables, Money openOrders) {

    public static CreditExposure none(String currency) {
        return new CreditExposure(Money.zero(currency), Money.zero(currency));
    }

    public Money total() {
        return openReceivables.plus(openOrders);
    }
}
