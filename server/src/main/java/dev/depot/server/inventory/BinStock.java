package dev.depot.server.inventory;

import java.math.BigDecimal;
import java.util.UUID;

/** How much of an item a storage bin holds, and where the bin is on the pick path. */
public record BinStock(UUID locationId, String code, int walkSequence, BigDecimal quantity) {
}
