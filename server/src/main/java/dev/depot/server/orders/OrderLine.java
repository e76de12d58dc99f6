package dev.depot.server.orders;

import dev.depot.model.money.Money;
import dev.depot.model.pricing.OrderPricing;
import dev.depot.model.pricing.Percentage;
import dev.depot.model.pricing.PricedLine;
import dev.depot.model.views.OrderLineView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** One line of a sales order, with what happened to it: reserved, backordered, picked, shipped. */
@Entity
@Table(name = "order_line")
public class OrderLine {

    @Id
    private UUID id;
    @ManyToOne
    @JoinColumn(name = "order_id")
    private SalesOrder order;
    @Column(name = "line_number")
    private int lineNumber;
    @Column(name = "item_id")
    private UUID itemId;
    private String sku;
    @Column(name = "item_name")
    private String itemName;
    private BigDecimal quantity;
    private BigDecimal reserved;
    private BigDecimal backordered;
    private BigDecimal picked;
    private BigDecimal shipped;
    @Column(name = "unit_price")
    private BigDecimal unitPrice;
    @Column(name = "discount_percent")
    private BigDecimal discountPercent;
    private BigDecimal net;

    protected OrderLine() {
    }

    OrderLine(UUID id, SalesOrder order, PricedLine priced, String sku, String itemName) {
        this.id = id;
        this.order = order;
        this.lineNumber = priced.lineNumber();
        this.itemId = priced.itemId();
        this.sku = sku;
        this.itemName = itemName;
        this.quantity = priced.quantity();
        this.reserved = BigDecimal.ZERO;
        this.backordered = BigDecimal.ZERO;
        this.picked = BigDecimal.ZERO;
        this.shipped = BigDecimal.ZERO;
        this.unitPrice = priced.unitPrice().amount();
        this.discountPercent = priced.discount().value();
        this.net = priced.net().amount();
    }

    void reserve(BigDecimal reservedQuantity) {
        reserved = reservedQuantity;
        backordered = quantity.subtract(reservedQuantity);
    }

    /** The warehouse turned out not to have this much of what the line held (a short pick): it waits for new stock. */
    void backorder(BigDecimal quantityMissing) {
        reserved = reserved.subtract(quantityMissing);
        backordered = backordered.add(quantityMissing);
    }

    void addPicked(BigDecimal quantityPicked) {
        picked = picked.add(quantityPicked);
    }

    /**
     * Marks everything picked as shipped and returns how much that was. Reserved stock nobody
     * picked (a short pick) becomes backordered, and the line no longer holds it.
     */
    BigDecimal shipPicked() {
        BigDecimal toShip = picked.subtract(shipped);
        shipped = picked;
        BigDecimal unpicked = reserved.subtract(picked);
        if (unpicked.signum() > 0) {
            backordered = backordered.add(unpicked);
            reserved = picked;
        }
        return toShip;
    }

    /** The net of the part of the line that was shipped, at the line's price and discount. */
    Money shippedNet() {
        return shipped.compareTo(quantity) == 0 ? net() : OrderPricing.lineNet(unitPrice(), shipped, new Percentage(discountPercent));
    }

    public UUID id() {
        return id;
    }

    public int lineNumber() {
        return lineNumber;
    }

    public UUID itemId() {
        return itemId;
    }

    public String sku() {
        return sku;
    }

    public String itemName() {
        return itemName;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public BigDecimal reserved() {
        return reserved;
    }

    public BigDecimal backordered() {
        return backordered;
    }

    public BigDecimal picked() {
        return picked;
    }

    public BigDecimal shipped() {
        return shipped;
    }

    public Money unitPrice() {
        return new Money(unitPrice, order.currency());
    }

    public BigDecimal discountPercent() {
        return discountPercent;
    }

    public Money net() {
        return new Money(net, order.currency());
    }

    OrderLineView view() {
        return new OrderLineView(lineNumber, itemId, sku, itemName, quantity, reserved, backordered, picked, shipped, unitPrice(),
                discountPercent, net());
    }
}
