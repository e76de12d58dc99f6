package dev.depot.model.pricing;

import dev.depot.model.money.Money;
import java.math.BigDecimal;
import java.util.Objects;

/** The unit price that applies from a minimum quantity (in eaches) upwards. */
public record PriceBreak(BigDecimal minimumQuantity, Money unitPrice) {

    public PriceBreak {
        Objects.requireNonNull(minimumQuantity, "minimumQuantity");
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (minimumQuantity.signum() < 0) {
            throw new IllegalArgumentException("a price break starts at zero or more, got " + minimumQuantity);
        }
        if (unitPrice.isNegative()) {
            throw new IllegalArgumentException("a unit price cannot be negative, got " + unitPrice);
        }
    }
}
