package dev.depot.model.pricing;

import dev.depot.model.money.Money;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A named set of item prices in one currency; customers are priced from their list. */
public record PriceList(String code, String currency, Map<UUID, ItemPrice> prices) {

    public PriceList {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(currency, "currency");
        prices = Map.copyOf(prices);
        for (Map.Entry<UUID, ItemPrice> entry : prices.entrySet()) {
            ItemPrice price = entry.getValue();
            if (!entry.getKey().equals(price.itemId())) {
                throw new IllegalArgumentException("price list " + code + " files the price of item " + price.itemId()
                        + " under item " + entry.getKey());
            }
            String priced = price.breaks().getFirst().unitPrice().currency();
            if (!priced.equals(currency)) {
                throw new IllegalArgumentException("price list " + code + " is in " + currency + " but item "
                        + price.itemId() + " is priced in " + priced);
            }
        }
    }

    public static PriceList of(String code, String currency, Collection<ItemPrice> prices) {
        Map<UUID, ItemPrice> byItem = new HashMap<>();
        for (ItemPrice price : prices) {
            // Two prices for one item is bad data: refuse it naming the item, as the other rules do.
            if (byItem.putIfAbsent(price.itemId(), price) != null) {
                throw new IllegalArgumentException("price list " + code + " prices item " + price.itemId() + " twice");
            }
        }
        return new PriceList(code, currency, byItem);
    }

    public Optional<ItemPrice> priceOf(UUID itemId) {
        return Optional.ofNullable(prices.get(itemId));
    }

    public Money unitPrice(UUID itemId, BigDecimal quantity) {
        return priceOf(itemId)
                .orElseThrow(() -> new UnpricedItemException(itemId, code))
                .unitPriceFor(quantity);
    }
}
