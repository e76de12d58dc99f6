package dev.depot.model.views;

import dev.depot.model.changes.EntityKey;
import dev.depot.model.pricing.ItemPrice;
import dev.depot.model.pricing.OrderLineRequest;
import dev.depot.model.pricing.OrderPricing;
import dev.depot.model.pricing.Percentage;
import dev.depot.model.pricing.PriceList;
import dev.depot.model.pricing.PricedOrder;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Read access to a set of replicated views, as a device holds them, with the questions the rulebook
 * asks of them: which price list applies to a customer, what an order for them costs.
 */
public record Replica(Map<EntityKey, SyncedView> views) {

    public Replica {
        views = Map.copyOf(views);
    }

    public <T extends SyncedView> Optional<T> find(Class<T> type, String entityType, UUID id) {
        return Optional.ofNullable(views.get(new EntityKey(entityType, id))).map(type::cast);
    }

    public <T extends SyncedView> Stream<T> all(Class<T> type) {
        return views.values().stream().filter(type::isInstance).map(type::cast);
    }

    public Optional<CustomerView> customer(UUID id) {
        return find(CustomerView.class, CustomerView.TYPE, id);
    }

    public Optional<ItemView> item(UUID id) {
        return find(ItemView.class, ItemView.TYPE, id);
    }

    /** What a warehouse has of each item, as last synced, by item id; empty where the device holds no stock scope for it. */
    public Map<UUID, StockLevelView> stockIn(UUID warehouseId) {
        return all(StockLevelView.class).filter(level -> level.warehouseId().equals(warehouseId))
                .collect(Collectors.toUnmodifiableMap(StockLevelView::itemId, level -> level));
    }

    /** The customer's price list, built from the item prices on the device. */
    public PriceList priceListFor(CustomerView customer) {
        String currency = customer.creditLimit().currency();
        List<ItemPrice> prices = all(ItemPriceView.class)
                .filter(p -> p.priceList().equals(customer.priceList()))
                .map(ItemPriceView::toItemPrice)
                .toList();
        return PriceList.of(customer.priceList(), currency, prices);
    }

    /** Prices an order for a customer exactly as the server will, from the device's copy of the prices. */
    public PricedOrder price(CustomerView customer, Collection<OrderLineRequest> lines) {
        return OrderPricing.price(List.copyOf(lines), priceListFor(customer), customer.taxRate());
    }

    /** A line request from a quantity and an optional discount in percent. */
    public static OrderLineRequest line(UUID itemId, BigDecimal quantity, BigDecimal discountPercent) {
        return new OrderLineRequest(itemId, quantity, discountPercent == null ? Percentage.ZERO : new Percentage(discountPercent));
    }
}
