package dev.depot.model.views;

import dev.depot.model.quantity.QuantityPrecision;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * What one warehouse has of one item: on hand in its storage bins, and how much of that open
 * orders have promised. A rep sees it before promising stock; it is as fresh as the last sync, so
 * the server still decides (an order for more than is left is backordered, not refused).
 */
public record StockLevelView(UUID id, UUID itemId, UUID warehouseId, BigDecimal onHand, BigDecimal reserved)
        implements SyncedView {

    public static final String TYPE = "stockLevel";

    public StockLevelView {
        onHand = QuantityPrecision.recorded(onHand);
        reserved = QuantityPrecision.recorded(reserved);
    }

    /** What is left to promise: on hand less what is promised, never below zero. */
    public BigDecimal available() {
        return onHand.subtract(reserved).max(BigDecimal.ZERO.setScale(QuantityPrecision.DECIMALS));
    }

    @Override
    public String entityType() {
        return TYPE;
    }
}
