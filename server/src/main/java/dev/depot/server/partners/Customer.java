package dev.depot.server.partners;

import dev.depot.model.contact.ContactDetails;
import dev.depot.model.contact.ContactField;
import dev.depot.model.contact.ShipTo;
import dev.depot.model.credit.CreditExposure;
import dev.depot.model.money.Money;
import dev.depot.model.pricing.Percentage;
import dev.depot.model.pricing.TaxRate;
import dev.depot.model.views.CustomerView;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A business that buys from the distributor: how to reach it, its price list, sales tax, credit
 * limit, the rep who serves it, and its running credit exposure (open orders and open receivables), kept current by
 * the orders and billing capabilities so a credit check never has to add up history.
 */
@Entity
@Table(name = "customer")
public class Customer {

    @Id
    private UUID id;
    private String code;
    private String name;
    private String city;
    @Column(name = "price_list")
    private String priceList;
    @Column(name = "tax_rate")
    private BigDecimal taxRate;
    private String currency;
    @Column(name = "credit_limit")
    private BigDecimal creditLimit;
    @Column(name = "open_orders")
    private BigDecimal openOrders;
    @Column(name = "open_receivables")
    private BigDecimal openReceivables;
    @Column(name = "rep_user_id")
    private UUID repUserId;
    @Column(name = "home_warehouse_id")
    private UUID homeWarehouseId;
    @Column(name = "carrier_code")
    private String carrierCode;
    private String phone;
    private String email;
    @Column(name = "contact_name")
    private String contactName;
    @Column(name = "payment_terms_days")
    private int paymentTermsDays = 30;
    @Version
    private long version;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "customer_id", insertable = false, updatable = false)
    @OrderBy("position")
    private List<ShipToAddress> shipTos = new ArrayList<>();

    protected Customer() {
    }

    public Customer(UUID id, String code, String name, String city, String priceList, TaxRate taxRate, Money creditLimit,
                    UUID repUserId, UUID homeWarehouseId) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.city = city;
        this.priceList = priceList;
        this.taxRate = taxRate.rate().value();
        this.currency = creditLimit.currency();
        this.creditLimit = creditLimit.amount();
        this.openOrders = BigDecimal.ZERO;
        this.openReceivables = BigDecimal.ZERO;
        this.repUserId = repUserId;
        this.homeWarehouseId = homeWarehouseId;
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

    public String city() {
        return city;
    }

    public String priceList() {
        return priceList;
    }

    public TaxRate taxRate() {
        return new TaxRate(new Percentage(taxRate));
    }

    public String currency() {
        return currency;
    }

    public Money creditLimit() {
        return new Money(creditLimit, currency);
    }

    public CreditExposure exposure() {
        return new CreditExposure(new Money(openReceivables, currency), new Money(openOrders, currency));
    }

    public UUID repUserId() {
        return repUserId;
    }

    public UUID homeWarehouseId() {
        return homeWarehouseId;
    }

    /** The carrier that takes this customer's orders (null: none chosen yet). */
    public String carrierCode() {
        return carrierCode;
    }

    void shipWith(String carrier) {
        carrierCode = carrier;
    }

    public long version() {
        return version;
    }

    public ContactDetails contact() {
        return new ContactDetails(phone, email, contactName);
    }

    /** Sets one contact field (null clears it); the caller keeps the field's history. */
    void changeContact(ContactField field, String value) {
        ContactDetails changed = contact().with(field, value);
        phone = changed.phone();
        email = changed.email();
        contactName = changed.contactName();
    }

    void addToOpenOrders(Money amount) {
        openOrders = new Money(openOrders, currency).plus(amount).amount();
    }

    void addToOpenReceivables(Money amount) {
        openReceivables = new Money(openReceivables, currency).plus(amount).amount();
    }

    /** Days the customer has to pay an invoice (net terms). */
    public int paymentTermsDays() {
        return paymentTermsDays;
    }

    /** Where the customer takes deliveries, in the order the office lists them; at most one is the default. */
    public List<ShipTo> shipTos() {
        return shipTos.stream().map(ShipToAddress::view).toList();
    }

    /** Adds a delivery address; a new default replaces the old one. */
    void addShipTo(ShipTo shipTo) {
        if (shipTo.isDefault()) {
            shipTos.forEach(ShipToAddress::notDefault);
        }
        shipTos.add(new ShipToAddress(id, shipTos.size(), shipTo));
    }

    public CustomerView view() {
        return new CustomerView(id, code, name, city, priceList, taxRate, creditLimit(), new Money(openReceivables, currency),
                new Money(openOrders, currency), homeWarehouseId, contact(), shipTos());
    }
}
