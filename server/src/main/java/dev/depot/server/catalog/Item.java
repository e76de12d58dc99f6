package dev.depot.server.catalog;

import dev.depot.model.gs1.Gtin;
import dev.depot.model.money.Money;
import dev.depot.model.quantity.Packaging;
import dev.depot.model.views.ItemView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

/** A product Depot sells and stocks, found by SKU or by its barcode (GTIN). */
@Entity
@Table(name = "item")
public class Item {

    @Id
    private UUID id;
    private String sku;
    private String gtin;
    @Column(name = "case_gtin")
    private String caseGtin;
    private String name;
    @Column(name = "eaches_per_case")
    private int eachesPerCase;
    @Column(name = "cases_per_pallet")
    private int casesPerPallet;
    @Column(name = "standard_cost")
    private BigDecimal standardCost;
    private String currency;
    private boolean active;
    @Version
    private long version;

    protected Item() {
    }

    public Item(UUID id, String sku, Gtin gtin, String name, Packaging packaging, Money standardCost) {
        this.id = id;
        this.sku = sku;
        this.gtin = gtin.digits();
        this.name = name;
        this.eachesPerCase = packaging.eachesPerCase();
        this.casesPerPallet = packaging.casesPerPallet();
        this.standardCost = standardCost.amount();
        this.currency = standardCost.currency();
        this.active = true;
    }

    public UUID id() {
        return id;
    }

    public String sku() {
        return sku;
    }

    public Gtin gtin() {
        return new Gtin(gtin);
    }

    /** The barcode on the item's case, if the catalog knows one. */
    public Optional<Gtin> caseGtin() {
        return Optional.ofNullable(caseGtin).map(Gtin::new);
    }

    void caseBarcode(Gtin barcode) {
        caseGtin = barcode.digits();
    }

    public String name() {
        return name;
    }

    public Packaging packaging() {
        return new Packaging(eachesPerCase, casesPerPallet);
    }

    public Money standardCost() {
        return Money.rounded(standardCost, currency);
    }

    public boolean isActive() {
        return active;
    }

    public long version() {
        return version;
    }

    public ItemView view() {
        return new ItemView(id, sku, gtin, name, eachesPerCase, active);
    }
}
