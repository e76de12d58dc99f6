package dev.depot.model.quantity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * How precisely Depot records a quantity of eaches: to three decimals (a gram, a millilitre), with
 * at most twelve digits before the point. The server's ledgers hold no finer or larger amount, so a
 * device refuses one when it is entered rather than send a command that cannot be stored.
 */
public final class QuantityPrecision {

    public static final int DECIMALS = 3;
    public static final int WHOLE_DIGITS = 12;

    private QuantityPrecision() {
    }

    /**
     * The quantity as the ledgers hold it, with exactly {@link #DECIMALS} decimals (null stays null):
     * a record published right after a change and the same record read back later must be equal.
     */
    public static BigDecimal recorded(BigDecimal quantity) {
        return quantity == null ? null : quantity.setScale(DECIMALS, RoundingMode.UNNECESSARY);
    }

    /** What makes the quantity impossible to record, as the end of a sentence ("has at most 3 decimals, got 1.2345"). */
    public static Optional<String> problemWith(BigDecimal quantity) {
        BigDecimal canonical = quantity.stripTrailingZeros();
        if (canonical.scale() > DECIMALS) {
            return Optional.of("has at most " + DECIMALS + " decimals, got " + quantity.toPlainString());
        }
        if (canonical.precision() - canonical.scale() > WHOLE_DIGITS) {
            return Optional.of("has at most " + WHOLE_DIGITS + " digits before the point, got " + quantity.toPlainString());
        }
        return Optional.empty();
    }

    /** A quantity as a message writes it: 12, 2.5, never 12.000. */
    public static String plain(BigDecimal quantity) {
        return quantity.stripTrailingZeros().toPlainString();
    }
}
