package dev.depot.server.accounting;

import dev.depot.model.money.Money;
import java.util.Objects;

/** One side of a journal entry: an amount debited or credited to an account (never both, never negative). */
public record PostingLine(String account, Money debit, Money credit) {

    public PostingLine {
        Objects.requireNonNull(account, "account");
        if (debit.isNegative() || credit.isNegative()) {
            throw new IllegalArgumentException("posting amounts are never negative: " + debit + " / " + credit);
        }
        if (!debit.isZero() && !credit.isZero()) {
            throw new IllegalArgumentException("a line is a debit or a credit, not both");
        }
    }

    public static PostingLine debit(String account, Money amount) {
        return new PostingLine(account, amount, Money.zero(amount.currency()));
    }

    public static PostingLine credit(String account, Money amount) {
        return new PostingLine(account, Money.zero(amount.currency()), amount);
    }
}
