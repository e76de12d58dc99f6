package dev.depot.server.replenishment;

import dev.depot.model.views.ReplenishmentTaskView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Stock to move from a reserve bin into a pick face that fell to its minimum: open until all of it has moved. */
@Entity
@Table(name = "replenishment_task")
public class ReplenishmentTask {

    @Id
    private UUID id;
    @Column(name = "warehouse_id")
    private UUID warehouseId;
    @Column(name = "item_id")
    private UUID itemId;
    private String sku;
    private String gtin;
    @Column(name = "item_name")
    private String itemName;
    @Column(name = "from_location_id")
    private UUID fromLocationId;
    @Column(name = "from_code")
    private String fromCode;
    @Column(name = "from_walk_sequence")
    private int fromWalkSequence;
    @Column(name = "to_location_id")
    private UUID toLocationId;
    @Column(name = "to_code")
    private String toCode;
    private BigDecimal quantity;
    @Column(name = "moved_quantity")
    private BigDecimal movedQuantity;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "done_at")
    private Instant doneAt;
    @Column(name = "done_by")
    private UUID doneBy;
    @Version
    private long version;

    /** Open while the pick face waits for the stock; done once all of it has moved. */
    enum Status {
        OPEN,
        DONE
    }

    protected ReplenishmentTask() {
    }

    ReplenishmentTask(UUID id, Replenishment.PickFace face, ReplenishmentPlan.Take take, Instant createdAt) {
        this.id = id;
        this.warehouseId = face.bin().warehouseId();
        this.itemId = face.item().id();
        this.sku = face.item().sku();
        this.gtin = face.item().gtin().digits();
        this.itemName = face.item().name();
        this.fromLocationId = take.from().binId();
        this.fromCode = take.from().code();
        this.fromWalkSequence = take.from().walkSequence();
        this.toLocationId = face.bin().id();
        this.toCode = face.bin().code();
        this.quantity = take.quantity();
        this.movedQuantity = BigDecimal.ZERO;
        this.status = Status.OPEN;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public UUID warehouseId() {
        return warehouseId;
    }

    public UUID itemId() {
        return itemId;
    }

    public String sku() {
        return sku;
    }

    public String gtin() {
        return gtin;
    }

    public String itemName() {
        return itemName;
    }

    public String fromCode() {
        return fromCode;
    }

    public String toCode() {
        return toCode;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public BigDecimal moved() {
        return movedQuantity;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    /** What is still to move; zero once done. */
    public BigDecimal remaining() {
        return isOpen() ? quantity.subtract(movedQuantity).max(BigDecimal.ZERO) : BigDecimal.ZERO;
    }

    long version() {
        return version;
    }

    /** So many moved into the face; the task is done once all of it has. */
    void moved(BigDecimal more, UUID by, Instant at) {
        movedQuantity = movedQuantity.add(more);
        if (isOpen() && movedQuantity.compareTo(quantity) >= 0) {
            status = Status.DONE;
            doneAt = at;
            doneBy = by;
        }
    }

    ReplenishmentTaskView view() {
        return new ReplenishmentTaskView(id, warehouseId, itemId, sku, gtin, itemName, fromCode, fromWalkSequence, toCode, quantity,
                movedQuantity, createdAt);
    }
}
