package dev.depot.server.waves;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * Orders released to a warehouse together, one tote each on one cart, picked in one walk along the
 * pick path; assigned to one picker, or open to any picker of the warehouse.
 */
@Entity
@Table(name = "wave")
public class Wave {

    @Id
    private UUID id;
    private String number;
    @Column(name = "warehouse_id")
    private UUID warehouseId;
    @Enumerated(EnumType.STRING)
    private Priority priority;
    @Column(name = "carrier_code")
    private String carrierCode;
    private String zone;
    @Column(name = "order_count")
    private int orderCount;
    @Column(name = "released_by")
    private String releasedBy;
    @Column(name = "released_at")
    private Instant releasedAt;
    @Column(name = "assigned_to")
    private UUID assignedTo;
    @Version
    private long version;

    protected Wave() {
    }

    Wave(UUID id, String number, UUID warehouseId, Header header, String releasedBy, Instant releasedAt) {
        this.id = id;
        this.number = number;
        this.warehouseId = warehouseId;
        this.priority = header.priority();
        this.carrierCode = header.carrierCode();
        this.zone = header.zone();
        this.orderCount = header.orderCount();
        this.releasedBy = releasedBy;
        this.releasedAt = releasedAt;
    }

    /** What a wave is for: its most urgent priority, the carrier all its orders share (else null), its main zone. */
    record Header(Priority priority, String carrierCode, String zone, int orderCount) {
    }

    void assign(UUID picker) {
        assignedTo = picker;
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public UUID warehouseId() {
        return warehouseId;
    }

    public Priority priority() {
        return priority;
    }

    public String carrierCode() {
        return carrierCode;
    }

    public String zone() {
        return zone;
    }

    public int orderCount() {
        return orderCount;
    }

    public String releasedBy() {
        return releasedBy;
    }

    public Instant releasedAt() {
        return releasedAt;
    }

    public UUID assignedTo() {
        return assignedTo;
    }
}
