package dev.depot.server.orders;

import dev.depot.server.audit.Actor;
import dev.depot.server.fulfillment.PickListener;
import jakarta.persistence.EntityManager;

/**
 * Keeps orders in step with the floor: picked quantities per line, what a short pick backordered,
 * and PICKED when every task is done.
 */
public final class OrderPickProgress implements PickListener {

    private final Orders orders;

    public OrderPickProgress(Orders orders) {
        this.orders = orders;
    }

    @Override
    public void picked(EntityManager em, Picked picked) {
        SalesOrder order = orders.lock(em, picked.orderId());
        order.recordPick(picked.orderLineId(), picked.quantity());
        if (picked.backordered().signum() > 0) {
            order.backorder(picked.orderLineId(), picked.backordered());
            orders.record(em, order, "BACKORDERED", picked.backordered().stripTrailingZeros().toPlainString()
                    + " each backordered: a short pick found the warehouse without them", Actor.SYSTEM);
        }
        if (picked.lastTaskDone()) {
            order.pickingDone();
            orders.record(em, order, "PICKED", "All pick tasks done; goods at the pack station", Actor.SYSTEM);
        }
        orders.publish(em, order);
    }
}
