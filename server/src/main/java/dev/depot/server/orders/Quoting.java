package dev.depot.server.orders;

import dev.depot.model.commands.PlaceOrder;
import dev.depot.model.commands.Violation;
import dev.depot.model.pricing.OrderLineRequest;
import dev.depot.model.pricing.OrderPricing;
import dev.depot.model.pricing.PriceList;
import dev.depot.model.pricing.PricedOrder;
import dev.depot.model.pricing.UnpricedItemException;
import dev.depot.model.views.Replica;
import dev.depot.server.catalog.Catalog;
import dev.depot.server.catalog.Item;
import dev.depot.server.partners.Customer;
import dev.depot.server.platform.ProblemException;
import dev.depot.server.platform.ProblemType;
import dev.depot.server.pricing.Pricing;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What an order would cost a customer: every item exists and is sold, every item is on the
 * customer's price list, and the shared rulebook prices it (authoritatively, here on the server).
 */
public final class Quoting {

    private final Catalog catalog;
    private final Pricing pricing;

    public Quoting(Catalog catalog, Pricing pricing) {
        this.catalog = catalog;
        this.pricing = pricing;
    }

    /** The items of an order and its price. */
    record Quote(Map<UUID, Item> items, PricedOrder priced) {
    }

    Quote quote(EntityManager em, PlaceOrder order, Customer customer) {
        Map<UUID, Item> items = catalog.byIds(em, order.lines().stream().map(PlaceOrder.Line::itemId).toList());
        checkItems(order, items);
        List<OrderLineRequest> requests = order.lines().stream()
                .map(l -> Replica.line(l.itemId(), l.quantity(), l.discountPercent()))
                .toList();
        PriceList priceList = pricing.priceList(em, customer.priceList(), items.keySet());
        try {
            return new Quote(items, OrderPricing.price(requests, priceList, customer.taxRate()));
        } catch (UnpricedItemException e) {
            throw new ProblemException(ProblemType.UNKNOWN_REFERENCE, items.get(e.itemId()).sku() + " has no price on "
                    + customer.name() + "'s price list " + customer.priceList());
        }
    }

    private static void checkItems(PlaceOrder order, Map<UUID, Item> items) {
        List<Violation> unknown = new ArrayList<>();
        for (int i = 0; i < order.lines().size(); i++) {
            UUID itemId = order.lines().get(i).itemId();
            Item item = items.get(itemId);
            if (item == null) {
                unknown.add(new Violation("lines[" + i + "].itemId", "item " + itemId + " does not exist"));
            } else if (!item.isActive()) {
                unknown.add(new Violation("lines[" + i + "].itemId", item.sku() + " is no longer sold"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ProblemException(ProblemType.UNKNOWN_REFERENCE, unknown.getFirst().message(), unknown);
        }
    }
}
