package dev.depot.server.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Read side of a location's on hand; writes go through {@link StockBalances}. */
@Entity
@Table(name = "stock_balance")
@IdClass(StockBalance.Key.class)
public class StockBalance {

    @Id
    @Column(name = "item_id")
    private UUID itemId;
    @Id
    @Column(name = "location_id")
    private UUID locationId;
    private BigDecimal quantity;
    /** Since when this stock is on hold (left out of on hand until counted; see Inventory.hold); null when it is not. */
    @Column(name = "held_since")
    private Instant heldSince;
    @Column(name = "held_reason")
    private String heldReason;

    protected StockBalance() {
    }

    public UUID itemId() {
        return itemId;
    }

    public UUID locationId() {
        return locationId;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    /** The composite key. */
    public record Key(UUID itemId, UUID locationId) implements Serializable {
    }
}
