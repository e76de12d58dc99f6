package dev.depot.server.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An item's balance in one location, and why it is on hold when it is ({@code heldSince} null: it is not). */
public record LocationBalance(UUID locationId, String code, LocationType type, BigDecimal quantity, Instant heldSince, String heldReason) {
}
