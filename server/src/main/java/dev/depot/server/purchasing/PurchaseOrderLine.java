package dev.depot.server.purchasing;

import dev.depot.model.gs1.Gtin;
import dev.depot.model.views.PurchaseOrderView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** One item on a purchase order: how many were ordered at what cost, and how many came in so far. */
@Entity
@Table(name = "purchase_order_line")
public class PurchaseOrderLine {

    @Id
    private UUID id;
    @ManyToOne
    @JoinColumn(name = "purchase_order_id")
    private PurchaseOrder order;
    @Column(name = "line_number")
    private int lineNumber;
    @Column(name = "item_id")
    private UUID itemId;
    private String sku;
    private String gtin;
    @Column(name = "item_name")
    private String itemName;
    @Column(name = "ordered_quantity")
    private BigDecimal ordered;
    @Column(name = "received_quantity")
    private BigDecimal received;
    @Column(name = "unit_cost")
    private BigDecimal unitCost;
    @Column(name = "case_gtin")
    private String caseGtin;
    @Column(name = "eaches_per_case")
    private Integer eachesPerCase;

    protected PurchaseOrderLine() {
    }

    PurchaseOrderLine(UUID id, PurchaseOrder order, int lineNumber, PurchaseOrders.OrderedItem item) {
        this.id = id;
        this.order = order;
        this.lineNumber = lineNumber;
        this.itemId = item.item().id();
        this.sku = item.item().sku();
        this.gtin = item.item().gtin() == null ? null : item.item().gtin().digits();
        this.itemName = item.item().name();
        this.ordered = item.quantity();
        this.received = BigDecimal.ZERO;
        this.unitCost = item.unitCost();
        this.caseGtin = item.item().caseGtin().map(Gtin::digits).orElse(null);
        this.eachesPerCase = item.item().packaging().eachesPerCase();
    }

    public UUID id() {
        return id;
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

    public BigDecimal ordered() {
        return ordered;
    }

    public BigDecimal received() {
        return received;
    }

    public BigDecimal unitCost() {
        return unitCost;
    }

    PurchaseOrder order() {
        return order;
    }

    /** The item's case as the catalog now knows it; what the line was ordered in does not change. */
    void knowCase(Gtin barcode, int eaches) {
        caseGtin = barcode.digits();
        eachesPerCase = eaches;
    }

    void receive(BigDecimal quantity) {
        received = received.add(quantity);
    }

    PurchaseOrderView.Line view() {
        return new PurchaseOrderView.Line(id, lineNumber, itemId, sku, gtin, itemName, ordered, received,
                caseGtin == null ? null : new PurchaseOrderView.Case(caseGtin, eachesPerCase));
    }
}
