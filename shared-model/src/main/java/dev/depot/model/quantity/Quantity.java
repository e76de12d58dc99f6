package dev.depot.model.quantity;

import jakarta.json.bind.annotation.JsonbTransient;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of something in a unit of measure. The amount is kept in canonical form (no trailing
 * zeros), so {@code 12} and {@code 12.000} are the same quantity.
 */
public record Quantity(BigDecimal amount, UnitOfMeasure unit) implements Comparable<Quantity> {

    public Quantity {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        amount = canonical(amount);
    }

    public static Quantity of(long amount, UnitOfMeasure unit) {
        return new Quantity(BigDecimal.valueOf(amount), unit);
    }

    public static Quantity eaches(long amount) {
        return of(amount, UnitOfMeasure.EACH);
    }

    public static Quantity eaches(BigDecimal amount) {
        return new Quantity(amount, UnitOfMeasure.EACH);
    }

    public Quantity plus(Quantity other) {
        return new Quantity(amount.add(sameUnit(other).amount), unit);
    }

    public Quantity minus(Quantity other) {
        return new Quantity(amount.subtract(sameUnit(other).amount), unit);
    }

    public Quantity min(Quantity other) {
        return compareTo(other) <= 0 ? this : other;
    }

    @JsonbTransient
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    @JsonbTransient
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @JsonbTransient
    public boolean isZero() {
        return amount.signum() == 0;
    }

    @Override
    public int compareTo(Quantity other) {
        return amount.compareTo(sameUnit(other).amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + unit.code();
    }

    private Quantity sameUnit(Quantity other) {
        if (unit != other.unit) {
            throw new IllegalArgumentException("cannot combine " + unit + " with " + other.unit + " without a pack conversion");
        }
        return other;
    }

    static BigDecimal canonical(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
