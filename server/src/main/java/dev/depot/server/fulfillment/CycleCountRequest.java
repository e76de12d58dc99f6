package dev.depot.server.fulfillment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A bin to count: a pick found less than the ledger said it held, and the item's stock there is on
 * hold meanwhile ({@code Inventory.hold}). Only the request is kept here; counting it is the
 * cycle-count workflow's job.
 */
@Entity
@Table(name = "cycle_count_request")
public class CycleCountRequest {

    @Id
    private UUID id;
    @Column(name = "warehouse_id")
    private UUID warehouseId;
    @Column(name = "location_id")
    private UUID locationId;
    @Column(name = "bin_code")
    private String binCode;
    @Column(name = "item_id")
    private UUID itemId;
    private String reason;
    @Column(name = "exception_id")
    private UUID exceptionId;
    @Column(name = "requested_at")
    private Instant requestedAt;
    private String status;

    protected CycleCountRequest() {
    }

    CycleCountRequest(UUID id, Bin bin, UUID itemId, String reason, UUID exceptionId, Instant requestedAt) {
        this.id = id;
        this.warehouseId = bin.warehouseId();
        this.locationId = bin.locationId();
        this.binCode = bin.code();
        this.itemId = itemId;
        this.reason = reason;
        this.exceptionId = exceptionId;
        this.requestedAt = requestedAt;
        this.status = "OPEN";
    }

    /** The bin to count. */
    record Bin(UUID warehouseId, UUID locationId, String code) {
    }

    public UUID id() {
        return id;
    }

    public String binCode() {
        return binCode;
    }
}
