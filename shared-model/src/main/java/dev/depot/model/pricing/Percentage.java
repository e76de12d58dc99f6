package dev.depot.model.pricing;

import jakarta.json.bind.annotation.JsonbTransient;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** A share between 0 % and 100 % (a discount, a tax rate), to at most four decimals. */
public record Percentage(BigDecimal value) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static final Percentage ZERO = new Percentage(BigDecimal.ZERO);

    public Percentage {
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("a percentage is between 0 and 100, got " + value.toPlainString());
        }
        if (value.stripTrailingZeros().scale() > 4) {
            throw new IllegalArgumentException("a percentage has at most 4 decimals, got " + value.toPlainString());
        }
        value = value.setScale(4, RoundingMode.UNNECESSARY);
    }

    public static Percentage of(String value) {
        return new Percentage(new BigDecimal(value));
    }

    /** The fraction this percentage stands for: 12.5 % is 0.125. */
    public BigDecimal fraction() {
        return value.movePointLeft(2);
    }

    @JsonbTransient
    public boolean isZero() {
        return value.signum() == 0;
    }

    @Override
    public String toString() {
        return value.stripTrailingZeros().toPlainString() + " %";
    }
}
