package dev.depot.server.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** So many eaches of one lot of an item in one location, with the lot's expiry (null: it does not expire). */
public record LotBalance(UUID locationId, String lot, LocalDate expiresOn, BigDecimal quantity) {
}
