package dev.depot.server.putaway;

import dev.depot.model.commands.PutawayOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One scan-confirmed putaway: how many went into which bin, and why when it was not the suggested one. */
@Entity
@Table(name = "putaway_scan")
public class PutawayScan {

    @Id
    private UUID id;
    @Column(name = "task_id")
    private UUID taskId;
    @Column(name = "location_id")
    private UUID locationId;
    private BigDecimal quantity;
    private boolean suggested;
    @Enumerated(EnumType.STRING)
    @Column(name = "override_reason")
    private PutawayOverride overrideReason;
    @Column(name = "movement_id")
    private UUID movementId;
    @Column(name = "put_away_by")
    private UUID putAwayBy;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected PutawayScan() {
    }

    PutawayScan(UUID id, PutawayTask task, Putaway.Scanned scanned, UUID locationId, boolean suggested, UUID movementId,
                Instant recordedAt) {
        this.id = id;
        this.taskId = task.id();
        this.locationId = locationId;
        this.quantity = scanned.quantity();
        this.suggested = suggested;
        this.overrideReason = suggested ? null : scanned.overrideReason();
        this.movementId = movementId;
        this.putAwayBy = scanned.receiver().userId();
        this.occurredAt = scanned.occurredAt();
        this.recordedAt = recordedAt;
    }
}
