package dev.depot.server.fulfillment;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** An order released to a warehouse: what to pick for each line. */
public record PickRequest(UUID orderId, String orderNumber, UUID warehouseId, List<Line> lines) {

    public PickRequest {
        lines = List.copyOf(lines);
    }

    /** One line to pick, with what a picker needs to recognise the item. */
    public record Line(UUID orderLineId, UUID itemId, String sku, String gtin, String itemName, BigDecimal quantity) {
    }
}
