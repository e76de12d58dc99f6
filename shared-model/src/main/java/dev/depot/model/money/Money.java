package dev.depot.model.money;

import jakarta.json.bind.annotation.JsonbTransient;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in one currency, always at the currency's minor-unit scale (2 for USD, 0 for JPY).
 *
 * <p>Computed amounts go through {@link #rounded}, which rounds half-up, the commercial rule
 * invoices use. Arithmetic across currencies is refused: there is no implicit exchange rate.
 */
public record Money(BigDecimal amount, String currency) implements Comparable<Money> {

    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int digits = minorDigits(currency);
        if (amount.scale() > digits && amount.stripTrailingZeros().scale() > digits) {
            throw new IllegalArgumentException(
                    amount.toPlainString() + " has more decimals than " + currency + " allows (" + digits + ")");
        }
        amount = amount.setScale(digits, RoundingMode.UNNECESSARY);
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** Rounds a computed amount to the currency's minor unit. */
    public static Money rounded(BigDecimal amount, String currency) {
        return new Money(amount.setScale(minorDigits(currency), ROUNDING), currency);
    }

    public Money plus(Money other) {
        return new Money(amount.add(sameCurrency(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(sameCurrency(other).amount), currency);
    }

    /** This amount times a factor (a quantity, a rate), rounded to the minor unit. */
    public Money times(BigDecimal factor) {
        return rounded(amount.multiply(factor), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    @JsonbTransient
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @JsonbTransient
    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(sameCurrency(other).amount);
    }

    @Override
    public String toString() {
        return currency + " " + amount.toPlainString();
    }

    private Money sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + currency + " with " + other.currency);
        }
        return other;
    }

    private static int minorDigits(String code) {
        try {
            int digits = Currency.getInstance(code).getDefaultFractionDigits();
            return Math.max(digits, 0);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an ISO 4217 currency code: " + code, e);
        }
    }
}
