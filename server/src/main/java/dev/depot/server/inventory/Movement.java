package dev.depot.server.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A movement to record: what moved, from where to where (either may be absent, not both), how many
 * eaches, why, because of which document, when it happened in the building, who recorded it, and the
 * lot the label or document names (none: the lots that expire first).
 */
public record Movement(UUID itemId, Location from, Location to, BigDecimal quantity, MovementReason reason,
                       SourceDocument source, Instant occurredAt, UUID recordedBy, Lot lot) {

    /** A movement that names no lot: out of a location it takes the lots that expire first. */
    public Movement(UUID itemId, Location from, Location to, BigDecimal quantity, MovementReason reason, SourceDocument source,
                    Instant occurredAt, UUID recordedBy) {
        this(itemId, from, to, quantity, reason, source, occurredAt, recordedBy, null);
    }

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

    /** The lot a label or a document names, with its expiry. */
    public record Lot(String code, LocalDate expiresOn) {

        /** The lot a receipt or task names; null when it names none. */
        public static Lot of(String code, LocalDate expiresOn) {
            return code == null ? null : new Lot(code, expiresOn);
        }
    }

    /** The business document a movement belongs to, e.g. {@code ORDER} and the order's id. */
    public record SourceDocument(String type, UUID id) {
    }
}
