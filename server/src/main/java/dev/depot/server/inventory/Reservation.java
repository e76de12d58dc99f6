package dev.depot.server.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Stock in a warehouse promised to one order line; picking consumes it. */
@Entity
@Table(name = "reservation")
public class Reservation {

    @Id
    private UUID id;
    @Column(name = "order_id")
    private UUID orderId;
    @Column(name = "order_line_id")
    private UUID orderLineId;
    @Column(name = "item_id")
    private UUID itemId;
    @Column(name = "warehouse_id")
    private UUID warehouseId;
    @Column(name = "open_quantity")
    private BigDecimal openQuantity;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Reservation() {
    }

    Reservation(UUID id, UUID orderId, UUID orderLineId, UUID itemId, UUID warehouseId, BigDecimal quantity, Instant createdAt) {
        this.id = id;
        this.orderId = orderId;
        this.orderLineId = orderLineId;
        this.itemId = itemId;
        this.warehouseId = warehouseId;
        this.openQuantity = quantity;
        this.createdAt = createdAt;
    }

    public UUID itemId() {
        return itemId;
    }

    public UUID warehouseId() {
        return warehouseId;
    }

    public BigDecimal openQuantity() {
        return openQuantity;
    }

    /** Takes up to {@code quantity} off the reservation; returns how much it took. */
    BigDecimal consume(BigDecimal quantity) {
        BigDecimal taken = quantity.min(openQuantity);
        openQuantity = openQuantity.subtract(taken);
        return taken;
    }
}
