package dev.depot.server.fulfillment;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** An order released to a warehouse in a wave: what to pick for each line, and the tote it goes into. */
public record PickRequest(UUID orderId, String orderNumber, UUID warehouseId, WaveSlot wave, List<Line> lines) {

    public PickRequest {
        lines = List.copyOf(lines);
    }

    /** One line to pick, with what a picker needs to recognise the item. */
    public record Line(UUID orderLineId, UUID itemId, String sku, String gtin, String itemName, BigDecimal quantity) {
    }

    /** The wave the order was released in, its tote on the picker's cart, and the wave's picker (null: anyone). */
    public record WaveSlot(UUID waveId, String waveNumber, int tote, UUID assignedTo, String assignedToName) {

        public static WaveSlot released(UUID waveId, String waveNumber, int tote) {
            return new WaveSlot(waveId, waveNumber, tote, null, null);
        }
    }
}
