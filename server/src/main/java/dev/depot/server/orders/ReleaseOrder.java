package dev.depot.server.orders;

import dev.depot.server.audit.Audit;
import dev.depot.server.catalog.Catalog;
import dev.depot.server.catalog.Item;
import dev.depot.server.fulfillment.Fulfillment;
import dev.depot.server.fulfillment.PickRequest;
import dev.depot.server.identity.Caller;
import dev.depot.server.platform.ProblemException;
import dev.depot.server.platform.ProblemType;
import dev.depot.server.waves.Wave;
import dev.depot.server.waves.Waves;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Releasing open orders to their warehouse in a wave: one tote per order on the picker's cart, pick
 * tasks for everything reserved. One order released alone from the order desk is a wave of its own.
 * All or nothing: an order that cannot be released leaves every order of the wave as it was.
 */
public final class ReleaseOrder {

    private final Orders orders;
    private final Catalog catalog;
    private final Fulfillment fulfillment;
    private final Waves waves;
    private final Audit audit;

    public ReleaseOrder(Orders orders, Catalog catalog, Fulfillment fulfillment, Waves waves, Audit audit) {
        this.orders = orders;
        this.catalog = catalog;
        this.fulfillment = fulfillment;
        this.waves = waves;
        this.audit = audit;
    }

    public SalesOrder release(EntityManager em, UUID orderId, Caller caller) {
        SalesOrder order = orders.byId(em, orderId)
                .orElseThrow(() -> new ProblemException(ProblemType.UNKNOWN_REFERENCE, "order " + orderId + " does not exist"));
        releaseWave(em, order.warehouseId(), List.of(orderId), caller);
        return order;
    }

    /** An open order that must leave sooner: the wave planner puts it in the first waves, whatever its carrier. */
    public SalesOrder rush(EntityManager em, UUID orderId, Caller caller) {
        SalesOrder order = orders.lock(em, orderId);
        order.rush();
        orders.record(em, order, "RUSHED", "Marked rush: picked in the first waves", caller.actor());
        audit.record(em, caller.actor(), "ORDER_RUSHED", order.number(), "priority rush");
        return order;
    }

    /** Releases the orders into one new wave of the warehouse; the first order gets tote 1. */
    public Wave releaseWave(EntityManager em, UUID warehouseId, List<UUID> orderIds, Caller caller) {
        List<UUID> distinct = List.copyOf(new LinkedHashSet<>(orderIds));
        if (distinct.isEmpty()) {
            throw ProblemException.invalid("orders", "choose at least one order to release");
        }
        if (caller.warehouseId() != null && !caller.warehouseId().equals(warehouseId)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "you release orders of your own warehouse only");
        }
        // locked in id order, so two releases never wait for each other's orders the other way round
        Map<UUID, SalesOrder> locked = new HashMap<>();
        distinct.stream().sorted(Comparator.naturalOrder()).forEach(id -> locked.put(id, orders.lock(em, id)));
        List<Released> released = new ArrayList<>();
        for (UUID id : distinct) {
            SalesOrder order = locked.get(id);
            if (!order.warehouseId().equals(warehouseId)) {
                throw ProblemException.invalid("orders", "order " + order.number() + " ships from another warehouse");
            }
            order.release();
            released.add(new Released(order, pickLines(em, order)));
        }
        Wave wave = waves.open(em, warehouseId, released.stream().map(r -> new Waves.WaveOrder(r.order().priority(),
                r.order().carrierCode(), r.lines().stream().map(PickRequest.Line::itemId).toList())).toList(), caller.displayName());
        for (int i = 0; i < released.size(); i++) {
            SalesOrder order = released.get(i).order();
            int tote = i + 1;
            int tasks = fulfillment.createPickTasks(em, new PickRequest(order.id(), order.number(), order.warehouseId(),
                    PickRequest.WaveSlot.released(wave.id(), wave.number(), tote), released.get(i).lines())).size();
            orders.record(em, order, "RELEASED", "Released to the warehouse in wave " + wave.number() + ", tote " + tote + ": "
                    + tasks + " pick task" + (tasks == 1 ? "" : "s"), caller.actor());
            orders.publish(em, order);
            audit.record(em, caller.actor(), "ORDER_RELEASED", order.number(), "wave " + wave.number() + ", " + tasks + " pick tasks");
        }
        return wave;
    }

    private record Released(SalesOrder order, List<PickRequest.Line> lines) {
    }

    /** Every reserved line; an order with nothing reserved (all backordered) has nothing to pick and is not released. */
    private List<PickRequest.Line> pickLines(EntityManager em, SalesOrder order) {
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
        return lines;
    }
}
