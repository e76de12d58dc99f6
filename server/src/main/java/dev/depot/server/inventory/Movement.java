package dev.depot.server.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A movement to record: what moved, from where to where (either may be absent, not both), how many
 * eaches, why, because of which document, when it happened in the building and who recorded it.
 */
public record Movement(UUID itemId, Location from, Location to, BigDecimal quantity, MovementReason reason,
                       SourceDocument source, Instant occurredAt, UUID recordedBy) {

    public Movement {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (from == null && to == null) {
            throw new IllegalArgumentException("a movement goes from somewhere, to somewhere, or both");
        }
        if (quantity == null || quantity.signum() <= 0) {
            throw new IllegalArgumentException("a movement moves a positive quantity, got " + quantity);
        }
    }

    /** The business document a movement belongs to, e.g. {@code ORDER} and the order's id. */
    public record SourceDocument(String type, UUID id) {
    }
}
