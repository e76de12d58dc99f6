package dev.depot.server.shipping;

import dev.depot.model.gs1.Sscc;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One carton of an order, packed at the pack station, numbered with an SSCC for its label. Never changed once packed. */
@Entity
@Table(name = "carton")
public class Carton {

    @Id
    private UUID id;
    private String sscc;
    @Column(name = "order_id")
    private UUID orderId;
    @Column(name = "order_number")
    private String orderNumber;
    @Column(name = "warehouse_id")
    private UUID warehouseId;
    private int number;
    @Column(name = "weight_kg")
    private BigDecimal weightKg;
    @Column(name = "packed_by")
    private UUID packedBy;
    @Column(name = "packed_by_name")
    private String packedByName;
    @Column(name = "packed_at")
    private Instant packedAt;
    @OneToMany(mappedBy = "carton", cascade = CascadeType.ALL)
    private List<CartonLine> lines = new ArrayList<>();

    protected Carton() {
    }

    Carton(UUID id, Sscc sscc, Shipping.PackRequest request, int number, Shipping.Packer packer, Instant at) {
        this.id = id;
        this.sscc = sscc.digits();
        this.orderId = request.orderId();
        this.orderNumber = request.orderNumber();
        this.warehouseId = request.warehouseId();
        this.number = number;
        this.weightKg = request.weightKg();
        this.packedBy = packer.userId();
        this.packedByName = packer.name();
        this.packedAt = at;
    }

    void add(CartonLine line) {
        lines.add(line);
    }

    public UUID id() {
        return id;
    }

    public Sscc sscc() {
        return new Sscc(sscc);
    }

    public UUID orderId() {
        return orderId;
    }

    public String orderNumber() {
        return orderNumber;
    }

    public UUID warehouseId() {
        return warehouseId;
    }

    public int number() {
        return number;
    }

    public BigDecimal weightKg() {
        return weightKg;
    }

    public String packedByName() {
        return packedByName;
    }

    public Instant packedAt() {
        return packedAt;
    }

    public List<CartonLine> lines() {
        return List.copyOf(lines);
    }

    public BigDecimal units() {
        return lines.stream().map(CartonLine::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
