package dev.depot.server.counting;

import dev.depot.model.views.CountTaskView;
import dev.depot.server.catalog.Item;
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

/** Count one item in one bin, blind; once counted, what the books said then and what was found. */
@Entity
@Table(name = "count_task")
public class CountTask {

    @Id
    private UUID id;
    @Column(name = "warehouse_id")
    private UUID warehouseId;
    @Column(name = "location_id")
    private UUID locationId;
    @Column(name = "bin_code")
    private String binCode;
    @Column(name = "walk_sequence")
    private int walkSequence;
    @Column(name = "item_id")
    private UUID itemId;
    private String sku;
    private String gtin;
    @Column(name = "item_name")
    private String itemName;
    private String reason;
    @Column(name = "exception_id")
    private UUID exceptionId;
    private int attempt;
    @Enumerated(EnumType.STRING)
    private CountStatus status;
    @Column(name = "requested_at")
    private Instant requestedAt;
    @Column(name = "book_quantity")
    private BigDecimal bookQuantity;
    @Column(name = "counted_quantity")
    private BigDecimal countedQuantity;
    @Column(name = "counted_by")
    private UUID countedBy;
    @Column(name = "counted_at")
    private Instant countedAt;
    @Column(name = "adjustment_movement_id")
    private UUID adjustmentMovementId;
    @Column(name = "decided_by")
    private UUID decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Version
    private long version;

    protected CountTask() {
    }

    CountTask(UUID id, Counting.Request request, Item item, int attempt, Instant requestedAt) {
        this.id = id;
        this.warehouseId = request.bin().warehouseId();
        this.locationId = request.bin().id();
        this.binCode = request.bin().code();
        this.walkSequence = request.bin().walkSequence();
        this.itemId = item.id();
        this.sku = item.sku();
        this.gtin = item.gtin().digits();
        this.itemName = item.name();
        this.reason = request.reason();
        this.exceptionId = request.exceptionId();
        this.attempt = attempt;
        this.status = CountStatus.OPEN;
        this.requestedAt = requestedAt;
    }

    /** The count as found, against the books at that moment. */
    void counted(BigDecimal book, BigDecimal found, UUID counter, Instant at, CountStatus outcome) {
        bookQuantity = book;
        countedQuantity = found;
        countedBy = counter;
        countedAt = at;
        status = outcome;
    }

    /** The ledger now says what the count found. */
    void adjusted(UUID movementId) {
        adjustmentMovementId = movementId;
        status = CountStatus.ADJUSTED;
    }

    /** A supervisor's decision on a count that waited for one. */
    void decided(UUID supervisor, Instant at, CountStatus outcome) {
        decidedBy = supervisor;
        decidedAt = at;
        status = outcome;
    }

    public UUID id() {
        return id;
    }

    public UUID warehouseId() {
        return warehouseId;
    }

    public UUID locationId() {
        return locationId;
    }

    public String binCode() {
        return binCode;
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

    public String reason() {
        return reason;
    }

    public int attempt() {
        return attempt;
    }

    public CountStatus status() {
        return status;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public BigDecimal bookQuantity() {
        return bookQuantity;
    }

    public BigDecimal countedQuantity() {
        return countedQuantity;
    }

    public Instant countedAt() {
        return countedAt;
    }

    public long version() {
        return version;
    }

    public boolean isOpen() {
        return status == CountStatus.OPEN;
    }

    public CountTaskView view() {
        return new CountTaskView(id, warehouseId, binCode, walkSequence, itemId, sku, gtin, itemName, reason, attempt > 1, null);
    }
}
