package dev.depot.server.purchasing;

import dev.depot.model.views.PurchaseOrderView;
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
 * Goods a warehouse expects from a supplier on a date. Open until every line has come in in full;
 * receipts beyond that are still recorded (the goods are there), the lines simply show more.
 */
@Entity
@Table(name = "purchase_order")
public class PurchaseOrder {

    @Id
    private UUID id;
    private String number;
    @Column(name = "supplier_id")
    private UUID supplierId;
    @Column(name = "supplier_name")
    private String supplierName;
    @Column(name = "warehouse_id")
    private UUID warehouseId;
    @Column(name = "expected_on")
    private LocalDate expectedOn;
    private String currency;
    @Enumerated(EnumType.STRING)
    private PurchaseOrderStatus status;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;
    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNumber")
    private List<PurchaseOrderLine> lines = new ArrayList<>();
    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sscc")
    private List<AsnPallet> pallets = new ArrayList<>();

    protected PurchaseOrder() {
    }

    PurchaseOrder(UUID id, String number, Supplier supplier, PurchaseOrders.NewPurchaseOrder order, Instant createdAt) {
        this.id = id;
        this.number = number;
        this.supplierId = supplier.id();
        this.supplierName = supplier.name();
        this.warehouseId = order.warehouseId();
        this.expectedOn = order.expectedOn();
        this.currency = order.currency();
        this.status = PurchaseOrderStatus.OPEN;
        this.createdAt = createdAt;
    }

    void addLine(PurchaseOrderLine line) {
        lines.add(line);
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public UUID supplierId() {
        return supplierId;
    }

    public String supplierName() {
        return supplierName;
    }

    public UUID warehouseId() {
        return warehouseId;
    }

    public LocalDate expectedOn() {
        return expectedOn;
    }

    public String currency() {
        return currency;
    }

    public PurchaseOrderStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

    public List<PurchaseOrderLine> lines() {
        return List.copyOf(lines);
    }

    Optional<PurchaseOrderLine> line(UUID lineId) {
        return lines.stream().filter(l -> l.id().equals(lineId)).findFirst();
    }

    /** Counts goods in on a line; the order is received once no line waits for more. */
    void receive(PurchaseOrderLine line, BigDecimal quantity) {
        line.receive(quantity);
        if (lines.stream().allMatch(l -> l.received().compareTo(l.ordered()) >= 0)) {
            status = PurchaseOrderStatus.RECEIVED;
        }
    }

    void announce(AsnPallet pallet) {
        pallets.add(pallet);
    }

    /** The announced pallet with this SSCC, if any. */
    Optional<AsnPallet> pallet(String sscc) {
        return pallets.stream().filter(p -> p.sscc().equals(sscc)).findFirst();
    }

    public PurchaseOrderView view() {
        return new PurchaseOrderView(id, warehouseId, number, supplierName, expectedOn,
                lines.stream().map(PurchaseOrderLine::view).toList(), pallets.stream().map(AsnPallet::view).toList());
    }
}
