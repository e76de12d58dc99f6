package dev.depot.server.orders;

import dev.depot.server.audit.Audit;
import dev.depot.server.catalog.Catalog;
import dev.depot.server.catalog.Item;
import dev.depot.server.fulfillment.Fulfillment;
import dev.depot.server.fulfillment.PickRequest;
import dev.depot.server.identity.Caller;
import dev.depot.server.platform.ProblemException;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Releasing an open order to its warehouse: pick tasks for everything reserved. */
public final class ReleaseOrder {

    private final Orders orders;
    private final Catalog catalog;
    private final Fulfillment fulfillment;
    private final Audit audit;

    public ReleaseOrder(Orders orders, Catalog catalog, Fulfillment fulfillment, Audit audit) {
        this.orders = orders;
        this.catalog = catalog;
        this.fulfillment = fulfillment;
        this.audit = audit;
    }

    public SalesOrder release(EntityManager em, UUID orderId, Caller caller) {
        SalesOrder order = orders.lock(em, orderId);
        order.release();
        Map<UUID, Item> items = catalog.byIds(em, order.lines().stream().map(OrderLine::itemId).toList());
        List<PickRequest.Line> lines = new ArrayList<>();
        for (OrderLine line : order.lines()) {
            if (line.reserved().signum() > 0) {
                lines.add(new PickRequest.Line(line.id(), line.itemId(), line.sku(), items.get(line.itemId()).gtin().digits(),
                        line.itemName(), line.reserved()));
            }
        }
        if (lines.isEmpty()) {
            throw ProblemException.invalidState("order " + order.number() + " has nothing reserved to pick: every line is backordered");
        }
        int tasks = fulfillment.createPickTasks(em, new PickRequest(order.id(), order.number(), order.warehouseId(), lines)).size();
        orders.record(em, order, "RELEASED", "Released to the warehouse: " + tasks + " pick task" + (tasks == 1 ? "" : "s"),
                caller.actor());
        orders.publish(em, order);
        audit.record(em, caller.actor(), "ORDER_RELEASED", order.number(), tasks + " pick tasks");
        return order;
    }
}
