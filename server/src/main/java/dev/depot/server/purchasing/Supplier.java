package dev.depot.server.purchasing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** Who the warehouse buys from, and how far it lets a delivery run over the ordered quantity. */
@Entity
@Table(name = "supplier")
public class Supplier {

    @Id
    private UUID id;
    private String code;
    private String name;
    @Column(name = "over_receipt_tolerance")
    private BigDecimal overReceiptTolerance;

    protected Supplier() {
    }

    Supplier(UUID id, String code, String name, BigDecimal overReceiptTolerance) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.overReceiptTolerance = overReceiptTolerance;
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    /** In percent of a line's ordered quantity. */
    public BigDecimal overReceiptTolerance() {
        return overReceiptTolerance;
    }
}
