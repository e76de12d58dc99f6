package dev.depot.model.commands;

import dev.depot.model.quantity.QuantityPrecision;
import java.math.BigDecimal;
import java.util.Optional;

/** The checks several commands make of the same kind of field, worded the same way wherever they fail. */
final class FieldChecks {

    /** The longest bin or item code the server keeps. */
    static final int CODE_LENGTH = 40;

    private FieldChecks() {
    }

    /** A scanned or keyed code: present, and no longer than the server keeps. */
    static Optional<Violation> code(String field, String code, String whenMissing) {
        if (code == null || code.isBlank()) {
            return Optional.of(new Violation(field, whenMissing));
        }
        if (code.codePointCount(0, code.length()) > CODE_LENGTH) {
            return Optional.of(new Violation(field, "has at most " + CODE_LENGTH + " characters, got "
                    + code.codePointCount(0, code.length())));
        }
        return Optional.empty();
    }

    /** A lot as a GS1 label carries it (AI 10), when there is one: 1 to {@link ReceiveGoods#LOT_LENGTH} characters. */
    static Optional<Violation> lotIfAny(String field, String lot) {
        if (lot != null && (lot.isBlank() || lot.length() > ReceiveGoods.LOT_LENGTH)) {
            return Optional.of(new Violation(field, "has 1 to " + ReceiveGoods.LOT_LENGTH + " characters, got '" + lot + "'"));
        }
        return Optional.empty();
    }

    /** A quantity of eaches found or taken, where none is an answer too: present, not negative, no finer than the server keeps. */
    static Optional<Violation> quantityOrNone(String field, BigDecimal quantity, String whenMissing) {
        if (quantity == null) {
            return Optional.of(new Violation(field, whenMissing));
        }
        if (quantity.signum() < 0) {
            return Optional.of(new Violation(field, "cannot be negative, got " + quantity.toPlainString()));
        }
        return QuantityPrecision.problemWith(quantity).map(p -> new Violation(field, p));
    }

    /** A quantity of eaches that something is about: present, more than zero, and no finer than the server keeps. */
    static Optional<Violation> positiveQuantity(String field, BigDecimal quantity) {
        if (quantity == null) {
            return Optional.of(new Violation(field, "is required"));
        }
        if (quantity.signum() <= 0) {
            return Optional.of(new Violation(field, "must be more than zero, got " + quantity.toPlainString()));
        }
        return QuantityPrecision.problemWith(quantity).map(p -> new Violation(field, p));
    }
}
