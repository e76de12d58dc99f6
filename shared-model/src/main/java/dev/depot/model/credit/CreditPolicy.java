package dev.depot.model.credit;

import dev.depot.model.money.Money;

/** Credit exposure = open receivables + open orders + this order, checked against the limit. */
public final class CreditPolicy {

    private CreditPolicy() {
    }

    public static CreditDecision check(CreditExposure exposure, Money orderTotal, Money limit) {
        Money withOrder = exposure.total().plus(orderTotal);
        if (withOrder.isGreaterThan(limit)) {
            return new CreditDecision.OverLimit(limit, withOrder, withOrder.minus(limit));
        }
        return new CreditDecision.WithinLimit(limit.minus(withOrder));
    }

    /** The credit left before any new order: the headroom, or how far exposure is already past the limit. */
    public static CreditDecision headroom(CreditExposure exposure, Money limit) {
        return check(exposure, Money.zero(limit.currency()), limit);
    }
}
