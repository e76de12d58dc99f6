package dev.depot.server.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
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
