package dev.depot.model.testdata;

import dev.depot.model.changes.EntityKey;
import dev.depot.model.money.Money;
import dev.depot.model.pricing.PriceBreak;
import dev.depot.model.views.ItemPriceView;
import dev.depot.model.views.ItemView;
import dev.depot.model.views.SyncedView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test data for the catalog a device holds: items, their prices, and a base state made of views. */
public final class Catalog {

    private Catalog() {
    }

    public static ItemView anItem(UUID id, String sku, String name) {
        return new ItemView(id, sku, null, name, 12, true);
    }

    /** {@code priceOn("STD", item, "USD", "1", "10.00", "10", "9.00")}: 10.00 from 1 each, 9.00 from 10. */
    public static ItemPriceView priceOn(String priceList, UUID itemId, String currency, String... minimumsAndPrices) {
        List<PriceBreak> breaks = new ArrayList<>();
        for (int i = 0; i < minimumsAndPrices.length; i += 2) {
            breaks.add(new PriceBreak(new BigDecimal(minimumsAndPrices[i]), Money.of(minimumsAndPrices[i + 1], currency)));
        }
        return new ItemPriceView(UUID.randomUUID(), priceList, itemId, breaks);
    }

    /** A base state holding these views, keyed as the replica keys them. */
    public static Map<EntityKey, SyncedView> baseOf(SyncedView... views) {
        Map<EntityKey, SyncedView> base = new LinkedHashMap<>();
        for (SyncedView view : views) {
            base.put(new EntityKey(view.entityType(), view.id()), view);
        }
        return base;
    }
}
