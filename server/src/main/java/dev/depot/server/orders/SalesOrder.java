package dev.depot.server.orders;

import dev.depot.model.contact.ShipTo;
import dev.depot.model.money.Money;
import dev.depot.model.pricing.Percentage;
import dev.depot.model.pricing.TaxRate;
import dev.depot.model.pricing.PricedOrder;
import dev.depot.model.views.OrderStatus;
import dev.depot.model.views.OrderView;
import dev.depot.server.platform.ProblemException;
import dev.depot.server.waves.Priority;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A customer's order from capture to invoice. Its status only moves forward, one step at a time,
 * and each step checks it is allowed from where the order stands.
 */
@Entity
@Table(name = "sales_order")
public class SalesOrder {

    @Id
    private UUID id;
    private String number;
    @Column(name = "customer_id")
    private UUID customerId;
    @Column(name = "customer_name")
    private String customerName;
    @Column(name = "warehouse_id")
    private UUID warehouseId;
    @Enumerated(EnumType.STRING)
    private OrderStatus status;
    @Column(name = "hold_reason")
    private String holdReason;
    private String currency;
    private BigDecimal subtotal;
    private BigDecimal tax;
    private BigDecimal total;
    @Column(name = "tax_rate")
    private BigDecimal taxRate;
    @Column(name = "placed_by")
    private UUID placedBy;
    @Column(name = "device_id")
    private UUID deviceId;
    @Column(name = "command_id")
    private UUID commandId;
    @Column(name = "customer_reference")
    private String customerReference;
    @Column(name = "placed_at")
    private Instant placedAt;
    @Column(name = "ship_to_id")
    private UUID shipToId;
    @Column(name = "ship_to")
    private String shipTo;
    @Column(name = "carrier_code")
    private String carrierCode;
    @Enumerated(EnumType.STRING)
    private Priority priority;
    @Version
    private long version;
    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNumber")
    private List<OrderLine> lines = new ArrayList<>();

    protected SalesOrder() {
    }

    SalesOrder(UUID id, String number, NewOrder order, PricedOrder priced) {
        this.id = id;
        this.number = number;
        this.customerId = order.customerId();
        this.customerName = order.customerName();
        this.warehouseId = order.warehouseId();
        this.status = OrderStatus.OPEN;
        this.currency = priced.total().currency();
        this.subtotal = priced.subtotal().amount();
        this.tax = priced.tax().amount();
        this.total = priced.total().amount();
        this.taxRate = priced.taxRate().rate().value();
        this.placedBy = order.placedBy();
        this.deviceId = order.deviceId();
        this.commandId = order.commandId();
        this.customerReference = order.customerReference();
        this.placedAt = order.placedAt();
        this.shipToId = order.shipTo() == null ? null : order.shipTo().id();
        this.shipTo = order.shipTo() == null ? null : order.shipTo().oneLine();
        this.carrierCode = order.carrierCode();
        this.priority = Priority.STANDARD;
    }

    /**
     * Who placed an order, for whom, from where, where it goes (null: the customer has no ship-to on
     * file) and with which carrier (null: none chosen for the customer).
     */
    record NewOrder(UUID customerId, String customerName, UUID warehouseId, UUID placedBy, UUID deviceId, UUID commandId,
                    String customerReference, Instant placedAt, ShipTo shipTo, String carrierCode) {
    }

    void addLine(OrderLine line) {
        lines.add(line);
    }

    void holdForCredit(String reason) {
        requireStatus(OrderStatus.OPEN, "put on hold");
        status = OrderStatus.ON_HOLD;
        holdReason = reason;
    }

    void releaseHold() {
        requireStatus(OrderStatus.ON_HOLD, "have its hold released");
        status = OrderStatus.OPEN;
        holdReason = null;
    }

    void release() {
        if (status == OrderStatus.ON_HOLD) {
            throw ProblemException.invalidState("order " + number + " is on hold (" + holdReason + "); release the hold first");
        }
        requireStatus(OrderStatus.OPEN, "be released");
        status = OrderStatus.RELEASED;
    }

    /** The order must leave sooner than its carrier's usual run: it goes into the first waves. */
    void rush() {
        requireStatus(OrderStatus.OPEN, "be rushed");
        priority = Priority.RUSH;
    }

    /** Packing is for an order whose picking is done and that has not left yet. */
    void checkPackable() {
        requireStatus(OrderStatus.PICKED, "be packed");
    }

    void recordPick(UUID lineId, BigDecimal quantity) {
        line(lineId).ifPresent(l -> l.addPicked(quantity));
    }

    void backorder(UUID lineId, BigDecimal quantity) {
        line(lineId).ifPresent(l -> l.backorder(quantity));
    }

    void pickingDone() {
        if (status == OrderStatus.RELEASED) {
            status = OrderStatus.PICKED;
        }
    }

    /**
     * Ships what was picked: returns, per line, how much leaves now. What was reserved but not
     * picked (a short pick) is backordered; the caller releases its reservation.
     */
    List<Shipment> ship() {
        requireStatus(OrderStatus.PICKED, "be shipped");
        status = OrderStatus.SHIPPED;
        return lines.stream().map(l -> new Shipment(l, l.shipPicked())).toList();
    }

    /** How much of a line leaves in a shipment. */
    record Shipment(OrderLine line, BigDecimal quantity) {
    }

    void invoiced() {
        requireStatus(OrderStatus.SHIPPED, "be invoiced");
        status = OrderStatus.INVOICED;
    }

    private void requireStatus(OrderStatus required, String action) {
        if (status != required) {
            throw ProblemException.invalidState("order " + number + " is " + status.title().toLowerCase() + "; only "
                    + required.title().toLowerCase() + " orders can " + action);
        }
    }

    private Optional<OrderLine> line(UUID lineId) {
        return lines.stream().filter(l -> l.id().equals(lineId)).findFirst();
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public UUID customerId() {
        return customerId;
    }

    public String customerName() {
        return customerName;
    }

    public UUID warehouseId() {
        return warehouseId;
    }

    public OrderStatus status() {
        return status;
    }

    public Priority priority() {
        return priority;
    }

    public String carrierCode() {
        return carrierCode;
    }

    public String holdReason() {
        return holdReason;
    }

    public String currency() {
        return currency;
    }

    public Money subtotal() {
        return new Money(subtotal, currency);
    }

    public Money tax() {
        return new Money(tax, currency);
    }

    public Money total() {
        return new Money(total, currency);
    }

    /** The tax rate the order was priced with; its invoices use the same. */
    public TaxRate taxRate() {
        return new TaxRate(new Percentage(taxRate));
    }

    public UUID placedBy() {
        return placedBy;
    }

    public UUID deviceId() {
        return deviceId;
    }

    public String customerReference() {
        return customerReference;
    }

    public Instant placedAt() {
        return placedAt;
    }

    /** Where the order goes, on one line as it was when the order was placed; null when the customer had no ship-to. */
    public String shipTo() {
        return shipTo;
    }

    public long version() {
        return version;
    }

    public List<OrderLine> lines() {
        return List.copyOf(lines);
    }

    OrderView view() {
        return new OrderView(id, number, customerId, customerName, status, holdReason, lines.stream().map(OrderLine::view).toList(),
                subtotal(), tax(), total(), placedBy, placedAt, shipTo);
    }
}
