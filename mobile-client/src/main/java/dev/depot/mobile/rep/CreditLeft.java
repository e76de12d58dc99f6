package dev.depot.mobile.rep;

import dev.depot.mobile.ui.Formats;
import dev.depot.model.credit.CreditDecision;
import dev.depot.model.credit.CreditPolicy;
import dev.depot.model.money.Money;
import dev.depot.model.views.CustomerView;
import java.math.BigDecimal;

/**
 * The credit a customer has left before the next order, as of the last sync with this device's
 * unsynced orders counted: the rulebook's headroom, shown the same way on every screen.
 */
record CreditLeft(CreditDecision headroom, Money limit) {

    /** Less than this share of the limit left: the next order may go on credit hold. */
    private static final BigDecimal TIGHT_SHARE = new BigDecimal("0.2");

    static CreditLeft of(CustomerView customer) {
        return new CreditLeft(CreditPolicy.headroom(customer.exposure(), customer.creditLimit()), customer.creditLimit());
    }

    /** "$1,234.00" left, or "−$37.68" when exposure is already past the limit. */
    String text() {
        return switch (headroom) {
            case CreditDecision.WithinLimit within -> Formats.money(within.headroom());
            case CreditDecision.OverLimit over -> "−" + Formats.money(over.excess());
        };
    }

    boolean isOverLimit() {
        return headroom instanceof CreditDecision.OverLimit;
    }

    boolean isTight() {
        return headroom instanceof CreditDecision.WithinLimit within
                && within.headroom().amount().compareTo(limit.amount().multiply(TIGHT_SHARE)) < 0;
    }
}
