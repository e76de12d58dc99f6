package dev.depot.model.credit;

import dev.depot.model.money.Money;

/** Whether an order fits within the customer's credit limit, and by how much. */
public sealed interface CreditDecision {

    /** Exposure including the order stays within the limit; {@code headroom} is what is left. */
    record WithinLimit(Money headroom) implements CreditDecision {
    }

    /** The order would take exposure past the limit by {@code excess}; it goes on credit hold. */
    record OverLimit(Money limit, Money exposureWithOrder, Money excess) implements CreditDecision {

        public String reason() {
            return "credit limit " + limit + " exceeded by " + excess + " (exposure with this order " + exposureWithOrder + ")";
        }
    }
}
