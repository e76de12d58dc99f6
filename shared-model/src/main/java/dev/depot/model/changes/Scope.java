package dev.depot.model.changes;

import java.util.Objects;
import java.util.UUID;

/**
 * A slice of replicated state a device may receive: {@code catalog}, {@code prices:<list>} for the
 * price lists a rep sells from, {@code customer:<id>} for a rep's customers, {@code user:<id>} for a
 * person's own orders, {@code warehouse:<id>} for a warehouse's tasks and {@code stock:<id>} for
 * what a warehouse has to sell. The server derives a device's scopes from its user on every pull.
 */
public record Scope(String key) {

    public static final Scope CATALOG = new Scope("catalog");

    public Scope {
        Objects.requireNonNull(key, "key");
        if (!key.equals("catalog") && !key.matches("(customer|user|warehouse|stock):[0-9a-f-]{36}")
                && !key.matches("prices:[A-Za-z0-9_-]{1,20}")) {
            throw new IllegalArgumentException("not a scope: " + key);
        }
    }

    public static Scope customer(UUID customerId) {
        return new Scope("customer:" + customerId);
    }

    public static Scope user(UUID userId) {
        return new Scope("user:" + userId);
    }

    public static Scope warehouse(UUID warehouseId) {
        return new Scope("warehouse:" + warehouseId);
    }

    /** The prices of one price list (its code, as customers name it). */
    public static Scope prices(String priceList) {
        return new Scope("prices:" + priceList);
    }

    /** What a warehouse has on hand and promised, per item. */
    public static Scope stock(UUID warehouseId) {
        return new Scope("stock:" + warehouseId);
    }

    /** The kind of scope: {@code catalog}, {@code prices}, {@code customer}, {@code user}, {@code warehouse} or {@code stock}. */
    public String kind() {
        int colon = key.indexOf(':');
        return colon < 0 ? key : key.substring(0, colon);
    }

    /** The id a {@code customer:}, {@code user:}, {@code warehouse:} or {@code stock:} scope is about. */
    public UUID id() {
        return UUID.fromString(subject());
    }

    /** What the scope is about, after the colon: an id, or a price list's code. */
    public String subject() {
        int colon = key.indexOf(':');
        if (colon < 0) {
            throw new IllegalStateException(key + " is not about one record");
        }
        return key.substring(colon + 1);
    }

    @Override
    public String toString() {
        return key;
    }
}
