package dev.depot.server.fulfillment;

import dev.depot.model.views.PickTaskStatus;
import dev.depot.model.views.PickTaskView;
import dev.depot.server.inventory.Movement;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Take a quantity of one item from one bin for one order line; done when a picker confirms it by scan. */
@Entity
@Table(name = "pick_task")
public class PickTask {

    @Id
    private UUID id;
    @Column(name = "order_id")
    private UUID orderId;
    @Column(name = "order_line_id")
    private UUID orderLineId;
    @Column(name = "order_number")
    private String orderNumber;
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
    private String lot;
    @Column(name = "lot_expires_on")
    private LocalDate lotExpiresOn;
    private BigDecimal quantity;
    @Column(name = "picked_quantity")
    private BigDecimal pickedQuantity;
    @Enumerated(EnumType.STRING)
    private PickTaskStatus status;
    @Column(name = "picked_by")
    private UUID pickedBy;
    @Column(name = "picked_at")
    private Instant pickedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "wave_id")
    private UUID waveId;
    @Column(name = "wave_number")
    private String waveNumber;
    private Integer tote;
    @Column(name = "assigned_to")
    private UUID assignedTo;
    @Column(name = "assigned_to_name")
    private String assignedToName;
    @Version
    private long version;

    protected PickTask() {
    }

    PickTask(UUID id, PickRequest order, PickRequest.Line line, Bin bin, BigDecimal quantity) {
        this.id = id;
        this.orderId = order.orderId();
        this.orderLineId = line.orderLineId();
        this.orderNumber = order.orderNumber();
        this.warehouseId = order.warehouseId();
        this.locationId = bin.locationId();
        this.binCode = bin.code();
        this.walkSequence = bin.walkSequence();
        this.itemId = line.itemId();
        this.sku = line.sku();
        this.gtin = line.gtin();
        this.itemName = line.itemName();
        if (bin.lot() != null) {
            this.lot = bin.lot().code();
            this.lotExpiresOn = bin.lot().expiresOn();
        }
        this.quantity = quantity;
        this.pickedQuantity = BigDecimal.ZERO;
        this.status = PickTaskStatus.OPEN;
        if (order.wave() != null) {
            this.waveId = order.wave().waveId();
            this.waveNumber = order.wave().waveNumber();
            this.tote = order.wave().tote();
            this.assignedTo = order.wave().assignedTo();
            this.assignedToName = order.wave().assignedToName();
        }
    }

    /** The rest of this task's line as a request of its own, in the same wave and tote: where a short pick sends it. */
    PickRequest remainder(BigDecimal quantity) {
        return new PickRequest(orderId, orderNumber, warehouseId,
                waveId == null ? null : new PickRequest.WaveSlot(waveId, waveNumber, tote, assignedTo, assignedToName),
                List.of(new PickRequest.Line(orderLineId, itemId, sku, gtin, itemName, quantity)));
    }

    /** Records what the picker took; less than asked makes the task short. */
    void confirm(BigDecimal picked, UUID picker, Instant at) {
        pickedQuantity = pickedQuantity.add(picked);
        status = pickedQuantity.compareTo(quantity) < 0 ? PickTaskStatus.SHORT : PickTaskStatus.PICKED;
        pickedBy = picker;
        pickedAt = at;
    }

    /** The wave's picker changed: null lets any picker of the warehouse take it. */
    void assign(UUID picker, String pickerName) {
        assignedTo = picker;
        assignedToName = pickerName;
    }

    /** The order left the warehouse: the task is off the floor, done or not. */
    void close(Instant at) {
        closedAt = at;
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public UUID id() {
        return id;
    }

    public UUID orderId() {
        return orderId;
    }

    public String orderNumber() {
        return orderNumber;
    }

    public UUID waveId() {
        return waveId;
    }

    public UUID pickedBy() {
        return pickedBy;
    }

    public UUID orderLineId() {
        return orderLineId;
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

    public String gtin() {
        return gtin;
    }

    public String sku() {
        return sku;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public BigDecimal pickedQuantity() {
        return pickedQuantity;
    }

    public PickTaskStatus status() {
        return status;
    }

    public boolean isOpen() {
        return status == PickTaskStatus.OPEN;
    }

    public long version() {
        return version;
    }

    public PickTaskView view() {
        return new PickTaskView(id, warehouseId, orderId, orderNumber, walkSequence, binCode, itemId, sku, gtin, itemName, quantity,
                pickedQuantity, status, waveId == null ? null : new PickTaskView.Wave(waveNumber, tote, assignedTo, assignedToName),
                lot == null ? null : new PickTaskView.Lot(lot, lotExpiresOn));
    }

    /** The lot the task takes; null when the bin's stock has none. */
    public String lotCode() {
        return lot;
    }

    /** A bin a task sends the picker to, and the lot to take there (null when none). */
    record Bin(UUID locationId, String code, int walkSequence, Movement.Lot lot) {
    }
}
