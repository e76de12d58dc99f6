package dev.depot.server.fulfillment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A picker's scan-confirmed pick, as the server records it, with the warehouse the picker works in;
 * {@code lot} is the lot the item's label named, null when it named none.
 */
public record PickConfirmation(UUID taskId, String binCode, String itemCode, BigDecimal quantity, String lot, Picker picker,
                               Instant occurredAt) {

    /** Who picked (their id and the name people know them by), and in which warehouse they work. */
    public record Picker(UUID userId, String name, UUID warehouseId) {
    }
}
