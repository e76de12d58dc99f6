package dev.depot.server.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

/** A place in a warehouse (a bin, a dock, the pack station), with its position along the pick path. */
@Entity
@Table(name = "location")
public class Location {

    @Id
    private UUID id;
    @Column(name = "warehouse_id")
    private UUID warehouseId;
    private String code;
    @Enumerated(EnumType.STRING)
    private LocationType type;
    @Column(name = "walk_sequence")
    private int walkSequence;
    private String zone;
    private BigDecimal capacity;
    @Column(name = "pick_face_item_id")
    private UUID pickFaceItemId;
    @Column(name = "replenish_min")
    private BigDecimal replenishMin;
    @Column(name = "replenish_max")
    private BigDecimal replenishMax;

    protected Location() {
    }

    public Location(UUID id, UUID warehouseId, String code, LocationType type, int walkSequence) {
        this.id = id;
        this.warehouseId = warehouseId;
        this.code = code;
        this.type = type;
        this.walkSequence = walkSequence;
    }

    public UUID id() {
        return id;
    }

    public UUID warehouseId() {
        return warehouseId;
    }

    public String code() {
        return code;
    }

    public LocationType type() {
        return type;
    }

    public int walkSequence() {
        return walkSequence;
    }

    /** The bin's zone, capacity and pick face; storage bins without them take anything, without limit. */
    public BinRules rules() {
        return new BinRules(zone, capacity, pickFaceItemId);
    }

    void setRules(BinRules rules) {
        this.zone = rules.zone();
        this.capacity = rules.capacity();
        this.pickFaceItemId = rules.pickFaceItemId();
        if (pickFaceItemId == null) {
            setLevels(null);
        }
    }

    /** When a pick face is topped up and to how much; empty for a bin that is no pick face or has no levels. */
    public Optional<PickFaceLevels> levels() {
        return replenishMin == null ? Optional.empty() : Optional.of(new PickFaceLevels(replenishMin, replenishMax));
    }

    void setLevels(PickFaceLevels levels) {
        this.replenishMin = levels == null ? null : levels.min();
        this.replenishMax = levels == null ? null : levels.max();
    }
}
