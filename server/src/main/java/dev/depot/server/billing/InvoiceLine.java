package dev.depot.server.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** One billed line: shipped quantity at the order's price. */
@Entity
@Table(name = "invoice_line")
public class InvoiceLine {

    @Id
    private UUID id;
    @Column(name = "invoice_id")
    private UUID invoiceId;
    @Column(name = "line_number")
    private int lineNumber;
    @Column(name = "item_id")
    private UUID itemId;
    private String description;
    private BigDecimal quantity;
    @Column(name = "unit_price")
    private BigDecimal unitPrice;
    private BigDecimal net;

    protected InvoiceLine() {
    }

    InvoiceLine(UUID id, UUID invoiceId, int lineNumber, InvoiceDraft.Line line) {
        this.id = id;
        this.invoiceId = invoiceId;
        this.lineNumber = lineNumber;
        this.itemId = line.itemId();
        this.description = line.description();
        this.quantity = line.quantity();
        this.unitPrice = line.unitPrice().amount();
        this.net = line.net().amount();
    }
}
