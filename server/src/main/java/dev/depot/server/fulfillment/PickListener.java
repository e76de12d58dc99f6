package dev.depot.server.fulfillment;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * Told, in the picker's transaction, what was picked for an order: how the order follows the floor
 * without fulfillment knowing about orders.
 */
public interface PickListener {

    void picked(EntityManager em, Picked picked);

    /**
     * A quantity picked for an order line; {@code backordered} of the line the warehouse turned out not
     * to have (a short pick); {@code lastTaskDone} when no task of the order is left open.
     */
    record Picked(UUID orderId, UUID orderLineId, BigDecimal quantity, BigDecimal backordered, boolean lastTaskDone) {
    }
}
