package dev.depot.server.accounting;

import java.math.BigDecimal;

/** An account's total debits and credits; the balance is their difference. */
public record TrialBalanceRow(String account, BigDecimal debits, BigDecimal credits) {

    public BigDecimal balance() {
        return debits.subtract(credits);
    }
}
