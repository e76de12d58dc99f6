package dev.depot.server.pricing;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A price list's header: its code, name and currency. */
@Entity
@Table(name = "price_list")
public class PriceListRecord {

    @Id
    private String code;
    private String name;
    private String currency;

    protected PriceListRecord() {
    }

    public PriceListRecord(String code, String name, String currency) {
        this.code = code;
        this.name = name;
        this.currency = currency;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String currency() {
        return currency;
    }
}
