package dev.depot.server.orders;

import static dev.depot.model.quantity.QuantityPrecision.plain;

import dev.depot.model.money.Money;
import dev.depot.server.accounting.Accounting;
import dev.depot.server.accounting.PostingRules;
import dev.depot.server.audit.Audit;
import dev.depot.server.fulfillment.Fulfillment;
import dev.depot.server.identity.Caller;
import dev.depot.server.inventory.Inventory;
import dev.depot.server.inventory.Location;
import dev.depot.server.inventory.LocationType;
import dev.depot.server.inventory.Movement;
import dev.depot.server.inventory.MovementReason;
import dev.depot.server.platform.ProblemException;
import dev.depot.server.shipping.Shipment;
import dev.depot.server.shipping.Shipping;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.UUID;

/**
 * Shipping what was picked: whatever is in no carton yet is packed into one more, the cartons leave
 * with the carrier (the order's, unless another is named), a tracking number and who took them, and
 * a goods issue from the pack station at moving-average cost is posted to the journal. What a short
 * pick left unpicked is backordered and its reservation released.
 */
public final class ShipOrder {

    private final Orders orders;
    private final Inventory inventory;
    private final Fulfillment fulfillment;
    private final PackOrder packing;
    private final Shipping shipping;
    private final Accounting accounting;
    private final Audit audit;

    public ShipOrder(Orders orders, Inventory inventory, Fulfillment fulfillment, PackOrder packing, Shipping shipping,
                     Accounting accounting, Audit audit) {
        this.orders = orders;
        this.inventory = inventory;
        this.fulfillment = fulfillment;
        this.packing = packing;
        this.shipping = shipping;
        this.accounting = accounting;
        this.audit = audit;
    }

    /** Ships with the order's carrier, no tracking number and no name of who took the goods. */
    public SalesOrder ship(EntityManager em, UUID orderId, Caller caller) {
        return ship(em, orderId, Shipping.Handover.AS_ORDERED, caller);
    }

    public SalesOrder ship(EntityManager em, UUID orderId, Shipping.Handover handover, Caller caller) {
        SalesOrder order = orders.lock(em, orderId);
        Location pack = inventory.first(em, order.warehouseId(), LocationType.PACK);
        Money cost = Money.zero(order.currency());
        BigDecimal shipped = BigDecimal.ZERO;
        var shipments = order.ship().stream().sorted(Comparator.comparing((SalesOrder.Shipment s) -> s.line().itemId())).toList();
        for (SalesOrder.Shipment shipment : shipments) {
            OrderLine line = shipment.line();
            inventory.releaseReservation(em, line.id());
            if (shipment.quantity().signum() > 0) {
                cost = cost.plus(inventory.issue(em, new Movement(line.itemId(), pack, null, shipment.quantity(),
                        MovementReason.GOODS_ISSUE, new Movement.SourceDocument("ORDER", order.id()),
                        orders.now(), caller.userId()), order.currency()).value());
                shipped = shipped.add(shipment.quantity());
            }
        }
        if (shipped.signum() == 0) {
            throw ProblemException.invalidState("order " + order.number() + " has nothing picked to ship");
        }
        packing.packTheRest(em, order, caller);
        Shipment shipment = shipping.ship(em, order.id(), handover.withCarrier(order.carrierCode()), caller.displayName());
        if (!cost.isZero()) {
            accounting.post(em, PostingRules.goodsIssue(order.id(), order.number(), cost));
        }
        orders.record(em, order, "SHIPPED", "Shipped " + plain(shipped) + " each in " + shipment.cartons()
                + (shipment.cartons() == 1 ? " carton" : " cartons") + handedOver(shipment) + "; cost " + cost, caller.actor());
        orders.publish(em, order);
        fulfillment.orderShipped(em, order.id(), orders.now());
        audit.record(em, caller.actor(), "ORDER_SHIPPED", order.number(), "goods issue at cost " + cost);
        return order;
    }

    private static String handedOver(Shipment shipment) {
        return (shipment.carrierCode() == null ? "" : " with " + shipment.carrierCode())
                + (shipment.trackingNumber() == null ? "" : ", tracking " + shipment.trackingNumber())
                + (shipment.handedTo() == null ? "" : ", handed to " + shipment.handedTo());
    }
}
