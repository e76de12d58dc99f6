package dev.depot.model.pricing;

import java.util.UUID;

/** The item is not on the customer's price list, so it cannot be sold to them. */
public class UnpricedItemException extends IllegalArgumentException {

    private final UUID itemId;

    public UnpricedItemException(UUID itemId, String priceList) {
        super("item " + itemId + " has no price on price list " + priceList);
        this.itemId = itemId;
    }

    public UUID itemId() {
        return itemId;
    }
}
