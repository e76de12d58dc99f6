package dev.depot.server.shipping;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An order leaving the warehouse: with which carrier, under which tracking number, handed to whom, by whom and when. */
@Entity
@Table(name = "shipment")
public class Shipment {

    @Id
    private UUID id;
    @Column(name = "order_id")
    private UUID orderId;
    @Column(name = "carrier_code")
    private String carrierCode;
    @Column(name = "tracking_number")
    private String trackingNumber;
    @Column(name = "handed_to")
    private String handedTo;
    private int cartons;
    @Column(name = "shipped_by")
    private String shippedBy;
    @Column(name = "shipped_at")
    private Instant shippedAt;

    protected Shipment() {
    }

    Shipment(UUID id, UUID orderId, Shipping.Handover handover, int cartons, String shippedBy, Instant shippedAt) {
        this.id = id;
        this.orderId = orderId;
        this.carrierCode = handover.carrierCode();
        this.trackingNumber = handover.trackingNumber();
        this.handedTo = handover.handedTo();
        this.cartons = cartons;
        this.shippedBy = shippedBy;
        this.shippedAt = shippedAt;
    }

    public String carrierCode() {
        return carrierCode;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    public String handedTo() {
        return handedTo;
    }

    public int cartons() {
        return cartons;
    }

    public String shippedBy() {
        return shippedBy;
    }

    public Instant shippedAt() {
        return shippedAt;
    }
}
