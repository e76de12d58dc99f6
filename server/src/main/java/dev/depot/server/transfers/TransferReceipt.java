package dev.depot.server.transfers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One scan-confirmed receipt of a transfer's goods at the receiving warehouse. */
@Entity
@Table(name = "transfer_receipt")
public class TransferReceipt {

    @Id
    private UUID id;
    @Column(name = "transfer_id")
    private UUID transferId;
    @Column(name = "transfer_line_id")
    private UUID transferLineId;
    @Column(name = "item_id")
    private UUID itemId;
    private BigDecimal quantity;
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

    protected TransferReceipt() {
    }

    TransferReceipt(UUID id, TransferLine line, Transfers.Receipt receipt, UUID locationId, UUID movementId, Instant recordedAt) {
        this.id = id;
        this.transferId = receipt.transferId();
        this.transferLineId = line.id();
        this.itemId = line.itemId();
        this.quantity = receipt.quantity();
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

    public UUID transferId() {
        return transferId;
    }

    public UUID transferLineId() {
        return transferLineId;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public boolean damaged() {
        return damaged;
    }

    public UUID locationId() {
        return locationId;
    }
}
