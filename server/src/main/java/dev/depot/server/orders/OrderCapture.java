package dev.depot.server.orders;

import static dev.depot.model.quantity.QuantityPrecision.plain;

import dev.depot.model.commands.Outcome;
import dev.depot.model.commands.PlaceOrder;
import dev.depot.model.commands.Violation;
import dev.depot.model.contact.ShipTo;
import dev.depot.model.credit.CreditDecision;
import dev.depot.model.credit.CreditPolicy;
import dev.depot.model.identity.Role;
import dev.depot.model.ids.UuidV7;
import dev.depot.model.money.Money;
import dev.depot.model.pricing.PricedLine;
import dev.depot.model.views.OrderStatus;
import dev.depot.server.audit.Audit;
import dev.depot.server.catalog.Item;
import dev.depot.server.identity.Caller;
import dev.depot.server.inventory.Inventory;
import dev.depot.server.partners.Customer;
import dev.depot.server.partners.Partners;
import dev.depot.server.platform.ProblemException;
import dev.depot.server.platform.ProblemType;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Capturing an order, from a rep's device or the order desk: check the customer, quote the order
 * (items, prices), reserve what is available, check credit, and tell the person what became of it.
 * Invalid input changes nothing.
 */
public final class OrderCapture {

    private final Orders orders;
    private final Partners partners;
    private final Quoting quoting;
    private final Inventory inventory;
    private final Audit audit;

    public OrderCapture(Orders orders, Partners partners, Quoting quoting, Inventory inventory, Audit audit) {
        this.orders = orders;
        this.partners = partners;
        this.quoting = quoting;
        this.inventory = inventory;
        this.audit = audit;
    }

    public CaptureResult capture(EntityManager em, PlaceOrder command, Caller caller, UUID commandId) {
        List<Violation> violations = command.violations();
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        Customer customer = partners.lockForCreditCheck(em, command.customerId())
                .orElseThrow(() -> new ProblemException(ProblemType.UNKNOWN_REFERENCE, "customer " + command.customerId() + " does not exist"));
        if (caller.role() == Role.REP && !caller.userId().equals(customer.repUserId())) {
            throw new ProblemException(ProblemType.FORBIDDEN, customer.name() + " is not one of your customers");
        }
        var existing = orders.byId(em, command.orderId());
        if (existing.isPresent()) {
            return alreadyCaptured(existing.get(), command);
        }
        SalesOrder order = newOrder(em, command, caller, commandId, customer);
        BigDecimal backordered = reserve(em, order);
        CreditDecision credit = CreditPolicy.check(customer.exposure(), order.total(), customer.creditLimit());
        partners.changeOpenOrders(em, customer, order.total());
        record(em, order, caller, backordered, credit);
        orders.publish(em, order);
        audit.record(em, caller.actor(), "ORDER_PLACED", order.number(), "customer " + customer.code() + ", total " + order.total()
                + ", status " + order.status());
        return result(order, command.expectedTotal(), backordered);
    }

    private SalesOrder newOrder(EntityManager em, PlaceOrder command, Caller caller, UUID commandId, Customer customer) {
        Quoting.Quote quote = quoting.quote(em, command, customer);
        SalesOrder order = new SalesOrder(command.orderId(), nextNumber(em), new SalesOrder.NewOrder(customer.id(), customer.name(),
                customer.homeWarehouseId(), caller.userId(), caller.deviceId(), commandId, command.customerReference(),
                orders.now(), shipTo(command, customer), customer.carrierCode()), quote.priced());
        for (PricedLine line : quote.priced().lines()) {
            Item item = quote.items().get(line.itemId());
            order.addLine(new OrderLine(UuidV7.next(), order, line, item.sku(), item.name()));
        }
        em.persist(order);
        em.flush();
        return order;
    }

    /** The ship-to the rep chose, which must be one of the customer's, else the customer's default. */
    private static ShipTo shipTo(PlaceOrder command, Customer customer) {
        List<ShipTo> shipTos = customer.shipTos();
        if (command.shipToId() == null) {
            return shipTos.stream().filter(ShipTo::isDefault).findFirst().orElse(null);
        }
        return shipTos.stream().filter(s -> s.id().equals(command.shipToId())).findFirst()
                .orElseThrow(() -> new ProblemException(ProblemType.UNKNOWN_REFERENCE, "ship-to " + command.shipToId()
                        + " is not an address of " + customer.name() + "; sync to get the customer's current addresses"));
    }

    /** Reserves line by line in item order, so two orders never wait for each other's stock rows (no deadlock). */
    private BigDecimal reserve(EntityManager em, SalesOrder order) {
        BigDecimal backordered = BigDecimal.ZERO;
        List<OrderLine> byItem = order.lines().stream().sorted(Comparator.comparing(OrderLine::itemId)).toList();
        for (OrderLine line : byItem) {
            BigDecimal reserved = inventory.reserve(em, order.id(), line.id(), line.itemId(), order.warehouseId(), line.quantity());
            line.reserve(reserved);
            backordered = backordered.add(line.backordered());
        }
        return backordered;
    }

    private void record(EntityManager em, SalesOrder order, Caller caller, BigDecimal backordered, CreditDecision credit) {
        orders.record(em, order, "PLACED", "Placed for " + order.customerName() + ", total " + order.total()
                + (caller.isDevice() ? " (from a device)" : ""), caller.actor());
        if (backordered.signum() > 0) {
            orders.record(em, order, "BACKORDERED", plain(backordered) + " each backordered: not enough stock", caller.actor());
        }
        if (credit instanceof CreditDecision.OverLimit over) {
            order.holdForCredit(over.reason());
            orders.record(em, order, "CREDIT_HOLD", over.reason(), caller.actor());
        }
    }

    private static CaptureResult result(SalesOrder order, Money expectedTotal, BigDecimal backordered) {
        if (order.status() == OrderStatus.ON_HOLD) {
            return new CaptureResult(order, Outcome.PENDING_APPROVAL, "CREDIT_HOLD", "Order " + order.number()
                    + " is on credit hold: " + order.holdReason() + ". Credit control will review it.");
        }
        List<String> changes = new ArrayList<>();
        if (backordered.signum() > 0) {
            changes.add(plain(backordered) + " each backordered (not in stock)");
        }
        if (expectedTotal != null && !expectedTotal.equals(order.total())) {
            changes.add("total is " + order.total() + ", not " + expectedTotal + " (prices changed since the device's last sync)");
        }
        if (!changes.isEmpty()) {
            return new CaptureResult(order, Outcome.ADJUSTED, backordered.signum() > 0 ? "BACKORDERED" : "PRICE_CHANGED",
                    "Order " + order.number() + " accepted with changes: " + String.join("; ", changes));
        }
        return new CaptureResult(order, Outcome.APPLIED, "PLACED", "Order " + order.number() + " accepted, total " + order.total());
    }

    private static CaptureResult alreadyCaptured(SalesOrder order, PlaceOrder command) {
        if (!order.customerId().equals(command.customerId())) {
            throw ProblemException.invalidState("order id " + order.id() + " is already used by another order");
        }
        return new CaptureResult(order, Outcome.APPLIED, "ALREADY_PLACED", "Order " + order.number() + " was already accepted");
    }

    private static String nextNumber(EntityManager em) {
        long next = ((Number) em.createNativeQuery("SELECT nextval('sales_order_number')").getSingleResult()).longValue();
        return "SO-" + String.format("%06d", next);
    }
}
