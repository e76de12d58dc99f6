package dev.depot.mobile.ui;

import dev.depot.model.quantity.QuantityPrecision;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Consumer;

/** A quantity typed on the device, read the one way every screen reads it: a number the server can record. */
public final class QuantityEntry {

    private QuantityEntry() {
    }

    /** The quantity in {@code text}, or empty once {@code problem} has been told why it cannot be recorded. */
    public static Optional<BigDecimal> read(String text, Consumer<String> problem) {
        String typed = text.strip();
        if (typed.isEmpty()) {
            problem.accept("Enter the quantity, 0 if there is none");
            return Optional.empty();
        }
        BigDecimal quantity;
        try {
            quantity = new BigDecimal(typed);
        } catch (NumberFormatException e) {
            problem.accept("“" + typed + "” is not a quantity");
            return Optional.empty();
        }
        Optional<String> unstorable = QuantityPrecision.problemWith(quantity);
        unstorable.ifPresent(why -> problem.accept("A quantity " + why));
        return unstorable.isPresent() ? Optional.empty() : Optional.of(quantity);
    }
}
