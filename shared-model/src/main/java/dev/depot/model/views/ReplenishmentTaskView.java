package dev.depot.model.views;

import dev.depot.model.quantity.QuantityPrecision;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A pick face that fell to its minimum, and where to top it up from: take so many of the item from a
 * reserve bin and put them into the pick face. Published to the warehouse's handhelds while open,
 * along the walk from the reserve bin.
 */
public record ReplenishmentTaskView(UUID id, UUID warehouseId, UUID itemId, String sku, String gtin, String itemName,
                                    String fromCode, int fromWalkSequence, String toCode, BigDecimal quantity, BigDecimal moved,
                                    Instant createdAt) implements SyncedView {

    public static final String TYPE = "replenishmentTask";

    public ReplenishmentTaskView {
        quantity = QuantityPrecision.recorded(quantity);
        moved = QuantityPrecision.recorded(moved);
    }

    @Override
    public String entityType() {
        return TYPE;
    }

    /** What is still to move; zero once the face has had all of it (or more). */
    public BigDecimal remaining() {
        return quantity.subtract(moved).max(BigDecimal.ZERO);
    }

    public boolean isDone() {
        return remaining().signum() == 0;
    }

    /** The task with {@code more} moved into the pick face. */
    public ReplenishmentTaskView withMoved(BigDecimal more) {
        return new ReplenishmentTaskView(id, warehouseId, itemId, sku, gtin, itemName, fromCode, fromWalkSequence, toCode, quantity,
                moved.add(more), createdAt);
    }
}
