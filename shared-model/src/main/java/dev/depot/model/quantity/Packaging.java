package dev.depot.model.quantity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How an item is packed: eaches in a case, cases on a pallet. Converts scanned or ordered
 * quantities to eaches, the base unit of the ledger, and back where the result is whole.
 */
public record Packaging(int eachesPerCase, int casesPerPallet) {

    public static final Packaging LOOSE = new Packaging(1, 1);

    public Packaging {
        if (eachesPerCase < 1 || casesPerPallet < 1) {
            throw new IllegalArgumentException("pack sizes must be at least 1, got " + eachesPerCase + " per case and "
                    + casesPerPallet + " cases per pallet");
        }
    }

    /** How many eaches one unit holds. */
    public int eachesPer(UnitOfMeasure unit) {
        return switch (unit) {
            case EACH -> 1;
            case CASE -> eachesPerCase;
            case PALLET -> Math.multiplyExact(eachesPerCase, casesPerPallet);
        };
    }

    public Quantity inEaches(Quantity quantity) {
        return Quantity.eaches(quantity.amount().multiply(BigDecimal.valueOf(eachesPer(quantity.unit()))));
    }

    /** Expresses eaches in another unit; refuses when the eaches do not fill whole units. */
    public Quantity express(Quantity eaches, UnitOfMeasure unit) {
        if (eaches.unit() != UnitOfMeasure.EACH) {
            throw new IllegalArgumentException("expected eaches, got " + eaches);
        }
        BigDecimal per = BigDecimal.valueOf(eachesPer(unit));
        try {
            return new Quantity(eaches.amount().divide(per, 0, RoundingMode.UNNECESSARY), unit);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(eaches + " is not a whole number of " + unit.code()
                    + " (" + per + " EA each)", e);
        }
    }
}
