package dev.depot.server.transfers;

import dev.depot.model.views.TransferView;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Stock one warehouse sends another: loaded at the sender, dispatched (then it is in transit, on the
 * receiving warehouse's books), and received at the other end. Received once all that was loaded has
 * come in; more that comes later is still recorded.
 */
@Entity
@Table(name = "transfer_order")
public class Transfer {

    @Id
    private UUID id;
    private String number;
    @Column(name = "from_warehouse_id")
    private UUID fromWarehouseId;
    @Column(name = "to_warehouse_id")
    private UUID toWarehouseId;
    @Column(name = "expected_on")
    private LocalDate expectedOn;
    @Enumerated(EnumType.STRING)
    private TransferStatus status;
    @Column(name = "created_by")
    private UUID createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "dispatched_by")
    private UUID dispatchedBy;
    @Column(name = "dispatched_at")
    private Instant dispatchedAt;
    @Column(name = "received_at")
    private Instant receivedAt;
    @Column(name = "closed_by")
    private UUID closedBy;
    @Column(name = "close_reason")
    private String closeReason;
    @Version
    private long version;
    @OneToMany(mappedBy = "transfer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNumber")
    private List<TransferLine> lines = new ArrayList<>();

    protected Transfer() {
    }

    Transfer(UUID id, String number, UUID fromWarehouseId, UUID toWarehouseId, LocalDate expectedOn, UUID createdBy, Instant createdAt) {
        this.id = id;
        this.number = number;
        this.fromWarehouseId = fromWarehouseId;
        this.toWarehouseId = toWarehouseId;
        this.expectedOn = expectedOn;
        this.status = TransferStatus.LOADING;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void addLine(TransferLine line) {
        lines.add(line);
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public UUID fromWarehouseId() {
        return fromWarehouseId;
    }

    public UUID toWarehouseId() {
        return toWarehouseId;
    }

    public LocalDate expectedOn() {
        return expectedOn;
    }

    public TransferStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant dispatchedAt() {
        return dispatchedAt;
    }

    public long version() {
        return version;
    }

    public List<TransferLine> lines() {
        return List.copyOf(lines);
    }

    public Optional<TransferLine> line(UUID lineId) {
        return lines.stream().filter(l -> l.id().equals(lineId)).findFirst();
    }

    void dispatched(UUID by, Instant at) {
        status = TransferStatus.IN_TRANSIT;
        dispatchedBy = by;
        dispatchedAt = at;
    }

    /** Counts goods in on a line; the transfer is received once all that was loaded has come in. */
    void receive(TransferLine line, BigDecimal quantity, Instant at) {
        line.receive(quantity);
        if (status == TransferStatus.IN_TRANSIT && lines.stream().allMatch(l -> l.received().compareTo(l.loaded()) >= 0)) {
            status = TransferStatus.RECEIVED;
            receivedAt = at;
        }
    }

    /** The receiving warehouse settles for what came: the transfer is done, and why is kept. */
    void closeShort(UUID by, String reason, Instant at) {
        status = TransferStatus.CLOSED_SHORT;
        closedBy = by;
        closeReason = reason;
        receivedAt = at;
    }

    public String closeReason() {
        return closeReason;
    }

    TransferView view(String fromCode, String toCode) {
        return new TransferView(id, number, fromWarehouseId, fromCode, toWarehouseId, toCode, expectedOn, status.onDevices(),
                lines.stream().map(TransferLine::view).toList());
    }
}
