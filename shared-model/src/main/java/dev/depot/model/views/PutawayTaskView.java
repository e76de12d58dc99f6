package dev.depot.model.views;

import dev.depot.model.quantity.QuantityPrecision;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Goods received sound and waiting to be put away: which item (and lot) from where, how many, and
 * the bin the rules suggest with why; no bin when none has room. Published to the warehouse's
 * handhelds while open, in the order the goods came in.
 */
public record PutawayTaskView(UUID id, UUID warehouseId, String purchaseOrderNumber, UUID itemId, String sku, String gtin,
                              String itemName, String lot, LocalDate expiry, String fromCode, BigDecimal quantity,
                              BigDecimal putAway, String suggestedBin, PutawayRule rule, Instant receivedAt) implements SyncedView {

    public static final String TYPE = "putawayTask";

    public PutawayTaskView {
        quantity = QuantityPrecision.recorded(quantity);
        putAway = QuantityPrecision.recorded(putAway);
    }

    @Override
    public String entityType() {
        return TYPE;
    }

    /** What is still in {@link #fromCode}; zero once all is put away (or more was). */
    public BigDecimal remaining() {
        return quantity.subtract(putAway).max(BigDecimal.ZERO);
    }

    public boolean isDone() {
        return remaining().signum() == 0;
    }

    public boolean hasSuggestion() {
        return suggestedBin != null;
    }

    /** The task with {@code more} put away. */
    public PutawayTaskView withPutAway(BigDecimal more) {
        return new PutawayTaskView(id, warehouseId, purchaseOrderNumber, itemId, sku, gtin, itemName, lot, expiry, fromCode, quantity,
                putAway.add(more), suggestedBin, rule, receivedAt);
    }
}
