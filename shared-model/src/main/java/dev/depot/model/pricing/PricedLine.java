package dev.depot.model.pricing;

import dev.depot.model.money.Money;
import java.math.BigDecimal;
import java.util.UUID;

/** A line with its price worked out: net = unit price × quantity × (1 − discount), rounded once. */
public record PricedLine(int lineNumber, UUID itemId, BigDecimal quantity, Money unitPrice, Percentage discount, Money net) {
}
