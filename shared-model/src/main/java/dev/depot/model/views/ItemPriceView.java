package dev.depot.model.views;

import dev.depot.model.pricing.ItemPrice;
import dev.depot.model.pricing.PriceBreak;
import java.util.List;
import java.util.UUID;

/** One item's quantity breaks on one price list. */
public record ItemPriceView(UUID id, String priceList, UUID itemId, List<PriceBreak> breaks) implements SyncedView {

    public static final String TYPE = "itemPrice";

    @Override
    public String entityType() {
        return TYPE;
    }

    public ItemPrice toItemPrice() {
        return new ItemPrice(itemId, breaks);
    }
}
