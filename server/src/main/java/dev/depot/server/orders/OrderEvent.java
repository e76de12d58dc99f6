package dev.depot.server.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step in an order's timeline, across sales, warehouse and accounting. */
@Entity
@Table(name = "order_event")
public class OrderEvent {

    @Id
    private UUID id;
    @Column(name = "order_id")
    private UUID orderId;
    private Instant at;
    private String kind;
    private String detail;
    private String actor;

    protected OrderEvent() {
    }

    OrderEvent(UUID id, UUID orderId, Instant at, String kind, String detail, String actor) {
        this.id = id;
        this.orderId = orderId;
        this.at = at;
        this.kind = kind;
        this.detail = detail;
        this.actor = actor;
    }

    public Instant at() {
        return at;
    }

    public String kind() {
        return kind;
    }

    public String detail() {
        return detail;
    }

    public String actor() {
        return actor;
    }
}
