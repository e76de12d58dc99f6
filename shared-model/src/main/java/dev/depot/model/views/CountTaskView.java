package dev.depot.model.views;

import dev.depot.model.quantity.QuantityPrecision;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A blind count: how many of an item are in a bin, without saying what the books expect, so the
 * count is the counter's own. A recount asks again after a first count that was far off. Published
 * to the warehouse's handhelds while open; {@code counted} is set only on the device, by its own
 * count not yet sent.
 */
public record CountTaskView(UUID id, UUID warehouseId, String binCode, int walkSequence, UUID itemId, String sku, String gtin,
                            String itemName, String reason, boolean recount, BigDecimal counted) implements SyncedView {

    public static final String TYPE = "countTask";

    public CountTaskView {
        counted = counted == null ? null : QuantityPrecision.recorded(counted);
    }

    @Override
    public String entityType() {
        return TYPE;
    }

    public boolean isCounted() {
        return counted != null;
    }

    /** The task as the device shows it once the counter's count is recorded. */
    public CountTaskView withCounted(BigDecimal quantity) {
        return new CountTaskView(id, warehouseId, binCode, walkSequence, itemId, sku, gtin, itemName, reason, recount, quantity);
    }
}
