package dev.depot.model.views;

import dev.depot.model.contact.ContactDetails;
import dev.depot.model.credit.CreditExposure;
import dev.depot.model.money.Money;
import dev.depot.model.pricing.Percentage;
import dev.depot.model.pricing.TaxRate;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A customer as the rep's device sees it: who they are and how to reach them, which prices and tax
 * apply, and the credit picture as of the last sync (limit, open receivables, open orders).
 */
public record CustomerView(UUID id, String code, String name, String city, String priceList, BigDecimal taxRatePercent,
                           Money creditLimit, Money openReceivables, Money openOrders, UUID homeWarehouseId,
                           ContactDetails contact)
        implements SyncedView {

    public static final String TYPE = "customer";

    public CustomerView {
        // a copy pulled before contact details existed has none
        contact = contact == null ? ContactDetails.NONE : contact;
        taxRatePercent = taxRatePercent == null ? null : new Percentage(taxRatePercent).value();
    }

    @Override
    public String entityType() {
        return TYPE;
    }

    public CreditExposure exposure() {
        return new CreditExposure(openReceivables, openOrders);
    }

    /** The tax charged on this customer's orders. */
    public TaxRate taxRate() {
        return new TaxRate(new Percentage(taxRatePercent));
    }

    /** The customer with one more order open for {@code total}: it counts against the credit limit until invoiced. */
    public CustomerView withOpenOrder(Money total) {
        return new CustomerView(id, code, name, city, priceList, taxRatePercent, creditLimit, openReceivables,
                openOrders.plus(total), homeWarehouseId, contact);
    }

    /** The customer with other contact details: a rep's edit shown before the office has it. */
    public CustomerView withContact(ContactDetails details) {
        return new CustomerView(id, code, name, city, priceList, taxRatePercent, creditLimit, openReceivables, openOrders,
                homeWarehouseId, details);
    }
}
