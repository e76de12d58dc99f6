package dev.depot.mobile.rep;

import dev.depot.model.changes.EntityKey;
import dev.depot.model.commands.PlaceOrder;
import dev.depot.model.contact.ShipTo;
import dev.depot.model.credit.CreditDecision;
import dev.depot.model.credit.CreditPolicy;
import dev.depot.model.pricing.OrderLineRequest;
import dev.depot.model.pricing.OrderPricing;
import dev.depot.model.pricing.Percentage;
import dev.depot.model.pricing.PriceList;
import dev.depot.model.pricing.PricedLine;
import dev.depot.model.pricing.PricedOrder;
import dev.depot.model.pricing.UnpricedItemException;
import dev.depot.model.views.CustomerView;
import dev.depot.model.views.ItemPriceView;
import dev.depot.model.views.ItemView;
import dev.depot.model.views.Replica;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An order as the rep builds it for one customer, priced on the device by the shared rulebook
 * ({@link OrderPricing}) exactly as the server will price it. The customer's price list is built
 * once, when the draft opens, and the order is priced once per change, however often it is shown.
 */
public final class OrderDraft {

    /** One line as entered: the item, how many eaches, and the discount granted (0 when none). */
    public record DraftLine(ItemView item, BigDecimal quantity, Percentage discount) {
    }

    private final CustomerView customer;
    private final Replica replica;
    private final PriceList priceList;
    private final Map<UUID, DraftLine> lines = new LinkedHashMap<>();
    private Optional<PricedOrder> priced = Optional.empty();

    public OrderDraft(CustomerView customer, Replica replica) {
        this.customer = customer;
        this.replica = replica;
        this.priceList = replica.priceListFor(customer);
    }

    public CustomerView customer() {
        return customer;
    }

    /** Whether the customer's price list has the item: only then can it be sold to them. */
    public boolean sells(ItemView item) {
        return priceList.priceOf(item.id()).isPresent();
    }

    /** Adds units of an item: to its line if there is one, else on a new line at the end. */
    public void add(ItemView item, BigDecimal count) {
        if (!sells(item)) {
            throw new UnpricedItemException(item.id(), priceList.code());
        }
        DraftLine line = lines.get(item.id());
        BigDecimal quantity = line == null ? count : line.quantity().add(count);
        lines.put(item.id(), new DraftLine(item, quantity, line == null ? Percentage.ZERO : line.discount()));
        reprice();
    }

    /** Sets a line's quantity; zero or less takes the line off the order. */
    public void changeQuantity(UUID itemId, BigDecimal quantity) {
        DraftLine line = lines.get(itemId);
        if (line == null) {
            return;
        }
        if (quantity.signum() <= 0) {
            lines.remove(itemId);
        } else {
            lines.put(itemId, new DraftLine(line.item(), quantity, line.discount()));
        }
        reprice();
    }

    public void changeDiscount(UUID itemId, Percentage discount) {
        DraftLine line = lines.get(itemId);
        if (line != null) {
            lines.put(itemId, new DraftLine(line.item(), line.quantity(), discount));
            reprice();
        }
    }

    public List<DraftLine> lines() {
        return List.copyOf(lines.values());
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** The order priced by the rulebook, empty while it has no lines. */
    public Optional<PricedOrder> priced() {
        return priced;
    }

    /**
     * Whether this order keeps the customer within their credit limit, as last synced, with the
     * orders still in this device's outbox counted.
     */
    public Optional<CreditDecision> credit() {
        return priced.map(order -> CreditPolicy.check(customer.exposure(), order.total(), customer.creditLimit()));
    }

    /**
     * The command to record, carrying the total and unit prices the rep was shown; {@code shipTo} is the
     * customer's address the rep chose, or null for the customer's default.
     */
    public PlaceOrder toCommand(UUID orderId, String customerReference, ShipTo shipTo) {
        PricedOrder order = priced.orElseThrow(() -> new IllegalStateException("an order needs at least one line"));
        List<PlaceOrder.Line> commandLines = new ArrayList<>();
        List<DraftLine> entered = lines();
        for (int i = 0; i < entered.size(); i++) {
            DraftLine line = entered.get(i);
            PricedLine pricedLine = order.lines().get(i);
            commandLines.add(new PlaceOrder.Line(line.item().id(), line.quantity(), line.discount().value(), pricedLine.unitPrice()));
        }
        String reference = customerReference == null || customerReference.isBlank() ? null : customerReference.strip();
        return new PlaceOrder(orderId, customer.id(), commandLines, order.total(), reference, shipTo == null ? null : shipTo.id());
    }

    private void reprice() {
        List<OrderLineRequest> requests = lines.values().stream()
                .map(l -> new OrderLineRequest(l.item().id(), l.quantity(), l.discount()))
                .toList();
        priced = requests.isEmpty() ? Optional.empty() : Optional.of(OrderPricing.price(requests, priceList, customer.taxRate()));
    }

    /** The records the rep saw while taking the order, so the server can tell what changed since. */
    public Set<EntityKey> seenRecords() {
        Set<EntityKey> seen = new LinkedHashSet<>();
        seen.add(new EntityKey(CustomerView.TYPE, customer.id()));
        Set<UUID> items = lines.keySet();
        items.forEach(id -> seen.add(new EntityKey(ItemView.TYPE, id)));
        replica.all(ItemPriceView.class)
                .filter(p -> p.priceList().equals(customer.priceList()) && items.contains(p.itemId()))
                .forEach(p -> seen.add(new EntityKey(ItemPriceView.TYPE, p.id())));
        return seen;
    }
}
