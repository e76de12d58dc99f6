package dev.depot.model.pricing;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/** One line as the customer asks for it: an item, how many eaches, and the discount granted. */
public record OrderLineRequest(UUID itemId, BigDecimal quantity, Percentage discount) {

    public OrderLineRequest {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(quantity, "quantity");
        if (quantity.signum() <= 0) {
            throw new IllegalArgumentException("quantity must be positive, got " + quantity.toPlainString());
        }
        discount = discount == null ? Percentage.ZERO : discount;
    }
}
