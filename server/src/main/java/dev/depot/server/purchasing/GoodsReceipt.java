package dev.depot.server.purchasing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One scan-confirmed receipt against a purchase order line, with its label's lot, expiry and pallet. */
@Entity
@Table(name = "goods_receipt")
public class GoodsReceipt {

    @Id
    private UUID id;
    @Column(name = "purchase_order_id")
    private UUID purchaseOrderId;
    @Column(name = "purchase_order_line_id")
    private UUID purchaseOrderLineId;
    @Column(name = "item_id")
    private UUID itemId;
    private BigDecimal quantity;
    private String lot;
    @Column(name = "expires_on")
    private LocalDate expiresOn;
    private String sscc;
    private boolean damaged;
    @Column(name = "location_id")
    private UUID locationId;
    @Column(name = "movement_id")
    private UUID movementId;
    @Column(name = "received_by")
    private UUID receivedBy;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected GoodsReceipt() {
    }

    GoodsReceipt(UUID id, PurchaseOrderLine line, PurchaseOrders.Receipt receipt, UUID locationId, UUID movementId, Instant recordedAt) {
        this.id = id;
        this.purchaseOrderId = receipt.purchaseOrderId();
        this.purchaseOrderLineId = line.id();
        this.itemId = line.itemId();
        this.quantity = receipt.quantity();
        this.lot = receipt.lot();
        this.expiresOn = receipt.expiry();
        this.sscc = receipt.sscc();
        this.damaged = receipt.damaged();
        this.locationId = locationId;
        this.movementId = movementId;
        this.receivedBy = receipt.receiver().userId();
        this.occurredAt = receipt.occurredAt();
        this.recordedAt = recordedAt;
    }

    public UUID id() {
        return id;
    }

    UUID purchaseOrderId() {
        return purchaseOrderId;
    }

    UUID purchaseOrderLineId() {
        return purchaseOrderLineId;
    }

    UUID locationId() {
        return locationId;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public String lot() {
        return lot;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public boolean damaged() {
        return damaged;
    }
}
