package dev.depot.model.testdata;

import dev.depot.model.contact.ContactDetails;
import dev.depot.model.money.Money;
import dev.depot.model.views.CustomerView;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** {@code aCustomer().onPriceList("STD").withTaxRate("8.25").build()}: a customer as a rep's device holds it. */
public final class CustomerViewBuilder {

    private UUID id = UUID.randomUUID();
    private String name = "Acme Hardware";
    private String priceList = "STD";
    private String taxRatePercent = "0";
    private String currency = "USD";
    private String creditLimit = "5000.00";
    private String openReceivables = "0";
    private String openOrders = "0";
    private ContactDetails contact = ContactDetails.NONE;

    public static CustomerViewBuilder aCustomer() {
        return new CustomerViewBuilder();
    }

    public CustomerViewBuilder withId(UUID id) {
        this.id = id;
        return this;
    }

    public CustomerViewBuilder named(String name) {
        this.name = name;
        return this;
    }

    public CustomerViewBuilder onPriceList(String priceList) {
        this.priceList = priceList;
        return this;
    }

    public CustomerViewBuilder withTaxRate(String percent) {
        this.taxRatePercent = percent;
        return this;
    }

    public CustomerViewBuilder inCurrency(String currency) {
        this.currency = currency;
        return this;
    }

    public CustomerViewBuilder withCreditLimit(String amount) {
        this.creditLimit = amount;
        return this;
    }

    public CustomerViewBuilder owing(String receivables, String orders) {
        this.openReceivables = receivables;
        this.openOrders = orders;
        return this;
    }

    public CustomerViewBuilder reachedAt(String phone, String email, String contactName) {
        this.contact = new ContactDetails(phone, email, contactName);
        return this;
    }

    public CustomerView build() {
        return new CustomerView(id, "C-" + id.toString().substring(0, 4), name, "Springfield", priceList,
                new BigDecimal(taxRatePercent), Money.of(creditLimit, currency), Money.of(openReceivables, currency),
                Money.of(openOrders, currency), UUID.randomUUID(), contact, List.of());
    }
}
