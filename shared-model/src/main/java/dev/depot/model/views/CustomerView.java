package dev.depot.model.views;

import dev.depot.model.contact.ContactDetails;
import dev.depot.model.contact.ShipTo;
import dev.depot.model.credit.CreditExposure;
import dev.depot.model.money.Money;
import dev.depot.model.pricing.Percentage;
import dev.depot.model.pricing.TaxRate;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A customer as the rep's device sees it: who they are and how to reach them, which prices and tax
 * apply, the credit picture as of the last sync (limit, open receivables, open orders), and where it
 * takes deliveries.
 */
public record CustomerView(UUID id, String code, String name, String city, String priceList, BigDecimal taxRatePercent,
                           Money creditLimit, Money openReceivables, Money openOrders, UUID homeWarehouseId,
                           ContactDetails contact, List<ShipTo> shipTos)
        implements SyncedView {

    public static final String TYPE = "customer";

    public CustomerView {
        // a copy pulled before contact details existed has none
        contact = contact == null ? ContactDetails.NONE : contact;
        // nor ship-tos
        shipTos = shipTos == null ? List.of() : List.copyOf(shipTos);
        taxRatePercent = taxRatePercent == null ? null : new Percentage(taxRatePercent).value();
    }

    @Override
    public String entityType() {
        return TYPE;
    }

    /** Where an order goes when the rep chooses no ship-to: the default one, if the customer has any. */
    public Optional<ShipTo> defaultShipTo() {
        return shipTos.stream().filter(ShipTo::isDefault).findFirst();
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
                openOrders.plus(total), homeWarehouseId, contact, shipTos);
    }

    /** The customer with other contact details: a rep's edit shown before the office has it. */
    public CustomerView withContact(ContactDetails details) {
        return new CustomerView(id, code, name, city, priceList, taxRatePercent, creditLimit, openReceivables, openOrders,
                homeWarehouseId, details, shipTos);
    }
}
