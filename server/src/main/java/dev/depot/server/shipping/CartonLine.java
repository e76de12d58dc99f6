package dev.depot.server.shipping;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** So many of one order line's item in a carton. */
@Entity
@Table(name = "carton_line")
public class CartonLine {

    @Id
    private UUID id;
    @ManyToOne
    @JoinColumn(name = "carton_id")
    private Carton carton;
    @Column(name = "order_line_id")
    private UUID orderLineId;
    @Column(name = "item_id")
    private UUID itemId;
    private String sku;
    @Column(name = "item_name")
    private String itemName;
    private BigDecimal quantity;

    protected CartonLine() {
    }

    CartonLine(UUID id, Carton carton, Shipping.Content content) {
        this.id = id;
        this.carton = carton;
        this.orderLineId = content.orderLineId();
        this.itemId = content.itemId();
        this.sku = content.sku();
        this.itemName = content.itemName();
        this.quantity = content.quantity();
    }

    public UUID orderLineId() {
        return orderLineId;
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
}
