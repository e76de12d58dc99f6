package dev.depot.server.billing;

import dev.depot.model.money.Money;
import dev.depot.model.views.InvoiceView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A bill to a customer for what was shipped; {@code openAmount} is what is still unpaid. */
@Entity
@Table(name = "invoice")
public class Invoice {

    @Id
    private UUID id;
    private String number;
    @Column(name = "order_id")
    private UUID orderId;
    @Column(name = "customer_id")
    private UUID customerId;
    @Column(name = "issued_at")
    private Instant issuedAt;
    private String currency;
    private BigDecimal subtotal;
    private BigDecimal tax;
    private BigDecimal total;
    @Column(name = "open_amount")
    private BigDecimal openAmount;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Version
    private long version;

    protected Invoice() {
    }

    Invoice(UUID id, String number, InvoiceDraft draft, Instant issuedAt, LocalDate dueOn) {
        this.id = id;
        this.number = number;
        this.orderId = draft.orderId();
        this.customerId = draft.customerId();
        this.issuedAt = issuedAt;
        this.currency = draft.subtotal().currency();
        this.subtotal = draft.subtotal().amount();
        this.tax = draft.tax().amount();
        this.total = draft.total().amount();
        this.openAmount = this.total;
        this.dueOn = dueOn;
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public UUID orderId() {
        return orderId;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Money total() {
        return new Money(total, currency);
    }

    public Money openAmount() {
        return new Money(openAmount, currency);
    }

    public long version() {
        return version;
    }

    InvoiceView view() {
        return new InvoiceView(id, number, customerId, orderId, issuedAt, dueOn, total(), openAmount());
    }
}
