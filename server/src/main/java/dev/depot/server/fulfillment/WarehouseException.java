package dev.depot.server.fulfillment;

import dev.depot.server.platform.ProblemException;
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
 * A pick that contradicted the plan, kept as a reconciliation task: what was expected, what
 * happened, where, and who saw it. Stock already follows what happened; the exception is for a
 * supervisor to check the floor and close with a note on what was found or done.
 */
@Entity
@Table(name = "warehouse_exception")
public class WarehouseException {

    /** The longest resolution note kept. */
    public static final int NOTE_LENGTH = 500;

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private ExceptionKind kind;
    private String expected;
    private String happened;
    @Column(name = "warehouse_id")
    private UUID warehouseId;
    @Column(name = "task_id")
    private UUID taskId;
    @Column(name = "order_id")
    private UUID orderId;
    @Column(name = "order_number")
    private String orderNumber;
    @Column(name = "bin_code")
    private String binCode;
    @Column(name = "item_id")
    private UUID itemId;
    private String sku;
    @Column(name = "raised_at")
    private Instant raisedAt;
    @Column(name = "raised_by")
    private UUID raisedBy;
    @Column(name = "raised_by_name")
    private String raisedByName;
    @Enumerated(EnumType.STRING)
    private ExceptionStatus status;
    @Column(name = "resolution_note")
    private String resolutionNote;
    @Column(name = "resolved_by")
    private String resolvedBy;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    @Version
    private long version;

    protected WarehouseException() {
    }

    WarehouseException(UUID id, PickDifference difference, PickTask task, String binCode, PickConfirmation.Picker picker,
                       Instant raisedAt) {
        this.id = id;
        this.kind = difference.kind();
        this.expected = difference.expected();
        this.happened = difference.happened();
        this.warehouseId = task.warehouseId();
        this.taskId = task.id();
        this.orderId = task.orderId();
        this.orderNumber = task.orderNumber();
        this.binCode = binCode;
        this.itemId = task.itemId();
        this.sku = task.sku();
        this.raisedAt = raisedAt;
        this.raisedBy = picker.userId();
        this.raisedByName = picker.name();
        this.status = ExceptionStatus.OPEN;
    }

    /** Closes the exception with what was found or done; an exception is resolved once. */
    void resolve(String note, String by, Instant at) {
        if (note == null || note.isBlank()) {
            throw ProblemException.invalid("note", "say what was found or done");
        }
        if (note.strip().length() > NOTE_LENGTH) {
            throw ProblemException.invalid("note", "has at most " + NOTE_LENGTH + " characters");
        }
        if (status != ExceptionStatus.OPEN) {
            throw ProblemException.invalidState("this exception was already resolved by " + resolvedBy + ": " + resolutionNote);
        }
        status = ExceptionStatus.RESOLVED;
        resolutionNote = note.strip();
        resolvedBy = by;
        resolvedAt = at;
    }

    public UUID id() {
        return id;
    }

    public ExceptionKind kind() {
        return kind;
    }

    public String expected() {
        return expected;
    }

    public String happened() {
        return happened;
    }

    public UUID warehouseId() {
        return warehouseId;
    }

    public UUID taskId() {
        return taskId;
    }

    public UUID orderId() {
        return orderId;
    }

    public String orderNumber() {
        return orderNumber;
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

    public Instant raisedAt() {
        return raisedAt;
    }

    public UUID raisedBy() {
        return raisedBy;
    }

    public String raisedByName() {
        return raisedByName;
    }

    public ExceptionStatus status() {
        return status;
    }

    public String resolutionNote() {
        return resolutionNote;
    }

    public String resolvedBy() {
        return resolvedBy;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }
}
