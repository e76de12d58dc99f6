package dev.depot.model.pricing;

import dev.depot.model.money.Money;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One item's prices on a price list: quantity breaks, lowest minimum first. The first break
 * starts at 1 or less, so every positive quantity has a price.
 */
public record ItemPrice(UUID itemId, List<PriceBreak> breaks) {

    public ItemPrice {
        Objects.requireNonNull(itemId, "itemId");
        if (breaks == null || breaks.isEmpty()) {
            throw new IllegalArgumentException("item " + itemId + " needs at least one price");
        }
        breaks = breaks.stream().sorted(Comparator.comparing(PriceBreak::minimumQuantity)).toList();
        if (breaks.getFirst().minimumQuantity().compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("item " + itemId + " has no price below "
                    + breaks.getFirst().minimumQuantity().toPlainString());
        }
        String currency = breaks.getFirst().unitPrice().currency();
        if (breaks.stream().anyMatch(b -> !b.unitPrice().currency().equals(currency))) {
            throw new IllegalArgumentException("item " + itemId + " has prices in more than one currency");
        }
        for (int i = 1; i < breaks.size(); i++) {
            if (breaks.get(i).minimumQuantity().compareTo(breaks.get(i - 1).minimumQuantity()) == 0) {
                throw new IllegalArgumentException("item " + itemId + " has two prices from "
                        + breaks.get(i).minimumQuantity().toPlainString());
            }
        }
    }

    /** The unit price for an order of this many eaches: the break with the highest minimum not above it. */
    public Money unitPriceFor(BigDecimal quantity) {
        PriceBreak applicable = breaks.getFirst();
        for (PriceBreak b : breaks) {
            if (b.minimumQuantity().compareTo(quantity) <= 0) {
                applicable = b;
            }
        }
        return applicable.unitPrice();
    }
}
