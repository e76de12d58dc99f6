package dev.depot.model.views;

import dev.depot.model.quantity.QuantityPrecision;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * One pick: take {@code quantity} eaches of an item from a bin for an order. Tasks are walked in
 * {@code walkSequence} order, the bins' order along the pick path.
 */
public record PickTaskView(UUID id, UUID warehouseId, UUID orderId, String orderNumber, int walkSequence, String binCode,
                           UUID itemId, String sku, String gtin, String itemName, BigDecimal quantity,
                           BigDecimal pickedQuantity, PickTaskStatus status) implements SyncedView {

    public static final String TYPE = "pickTask";

    public PickTaskView {
        quantity = QuantityPrecision.recorded(quantity);
        pickedQuantity = QuantityPrecision.recorded(pickedQuantity);
    }

    @Override
    public String entityType() {
        return TYPE;
    }
}
