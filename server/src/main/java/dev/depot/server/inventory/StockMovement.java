package dev.depot.server.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One line of the stock ledger: a quantity of an item moved from one location to another. A receipt
 * has no from-location, a goods issue no to-location. Written once, never changed.
 */
@Entity
@Table(name = "stock_movement")
public class StockMovement {

    @Id
    private UUID id;
    @Column(name = "item_id")
    private UUID itemId;
    @Column(name = "from_location_id")
    private UUID fromLocationId;
    @Column(name = "to_location_id")
    private UUID toLocationId;
    private BigDecimal quantity;
    private String reason;
    @Column(name = "source_type")
    private String sourceType;
    @Column(name = "source_id")
    private UUID sourceId;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Column(name = "recorded_by")
    private UUID recordedBy;

    protected StockMovement() {
    }

    StockMovement(UUID id, Movement movement, Instant recordedAt) {
        this.id = id;
        this.itemId = movement.itemId();
        this.fromLocationId = movement.from() == null ? null : movement.from().id();
        this.toLocationId = movement.to() == null ? null : movement.to().id();
        this.quantity = movement.quantity();
        this.reason = movement.reason().name();
        this.sourceType = movement.source().type();
        this.sourceId = movement.source().id();
        this.occurredAt = movement.occurredAt();
        this.recordedAt = recordedAt;
        this.recordedBy = movement.recordedBy();
    }

    public UUID id() {
        return id;
    }

    public UUID itemId() {
        return itemId;
    }

    public UUID fromLocationId() {
        return fromLocationId;
    }

    public UUID toLocationId() {
        return toLocationId;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public String reason() {
        return reason;
    }

    public String sourceType() {
        return sourceType;
    }

    public UUID recordedBy() {
        return recordedBy;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
