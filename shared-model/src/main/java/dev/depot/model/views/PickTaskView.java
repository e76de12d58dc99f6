package dev.depot.model.views;

import dev.depot.model.quantity.QuantityPrecision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One pick: take {@code quantity} eaches of an item from a bin for an order. Tasks are walked in
 * {@code walkSequence} order, the bins' order along the pick path; a task released in a wave names
 * the wave, the tote its order goes into on the cart, and the picker the wave is assigned to. A task
 * for goods kept by lot names the lot to take, the one in the bin that expires first (null otherwise).
 */
public record PickTaskView(UUID id, UUID warehouseId, UUID orderId, String orderNumber, int walkSequence, String binCode,
                           UUID itemId, String sku, String gtin, String itemName, BigDecimal quantity,
                           BigDecimal pickedQuantity, PickTaskStatus status, Wave wave, Lot lot) implements SyncedView {

    public static final String TYPE = "pickTask";

    public PickTaskView {
        quantity = QuantityPrecision.recorded(quantity);
        pickedQuantity = QuantityPrecision.recorded(pickedQuantity);
    }

    /**
     * The wave a task was released in: {@code tote} is the order's place on the cart (1 = first);
     * {@code assignedTo} is null while any picker of the warehouse may take the wave.
     */
    public record Wave(String number, int tote, UUID assignedTo, String assignedToName) {
    }

    /** A lot to take, with its best-before date (null when it has none). */
    public record Lot(String code, LocalDate expiresOn) {
    }

    /** The same task with a pick recorded against it. */
    public PickTaskView withPick(BigDecimal picked, PickTaskStatus newStatus) {
        return new PickTaskView(id, warehouseId, orderId, orderNumber, walkSequence, binCode, itemId, sku, gtin, itemName, quantity,
                picked, newStatus, wave, lot);
    }

    /** Whether this picker may take the task: it is in no wave, an unassigned wave, or one assigned to them. */
    public boolean isFor(UUID picker) {
        return wave == null || wave.assignedTo() == null || wave.assignedTo().equals(picker);
    }

    @Override
    public String entityType() {
        return TYPE;
    }
}
