package dev.depot.server.orders;

import dev.depot.model.money.Money;
import dev.depot.server.audit.Audit;
import dev.depot.server.billing.Billing;
import dev.depot.server.billing.Invoice;
import dev.depot.server.billing.InvoiceDraft;
import dev.depot.server.identity.Caller;
import dev.depot.server.partners.Customer;
import dev.depot.server.partners.Partners;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Invoicing what was shipped, at the order's own prices and tax rate (a fully shipped order is
 * invoiced at exactly its total); the order stops counting as open credit exposure.
 */
public final class InvoiceOrder {

    private final Orders orders;
    private final Partners partners;
    private final Billing billing;
    private final Audit audit;

    public InvoiceOrder(Orders orders, Partners partners, Billing billing, Audit audit) {
        this.orders = orders;
        this.partners = partners;
        this.billing = billing;
        this.audit = audit;
    }

    public Invoice invoice(EntityManager em, UUID orderId, Caller caller) {
        SalesOrder order = orders.lock(em, orderId);
        order.invoiced();
        Customer customer = partners.lockForCreditCheck(em, order.customerId()).orElseThrow();
        List<InvoiceDraft.Line> lines = new ArrayList<>();
        Money subtotal = Money.zero(order.currency());
        for (OrderLine line : order.lines()) {
            if (line.shipped().signum() > 0) {
                Money net = line.shippedNet();
                lines.add(new InvoiceDraft.Line(line.itemId(), line.sku() + " " + line.itemName(), line.shipped(), line.unitPrice(), net));
                subtotal = subtotal.plus(net);
            }
        }
        Money tax = order.taxRate().taxOn(subtotal);
        Invoice invoice = billing.issue(em, new InvoiceDraft(order.id(), order.customerId(), lines, subtotal, tax, subtotal.plus(tax)));
        partners.changeOpenOrders(em, customer, order.total().negate());
        orders.record(em, order, "INVOICED", "Invoice " + invoice.number() + " for " + invoice.total(), caller.actor());
        orders.publish(em, order);
        audit.record(em, caller.actor(), "ORDER_INVOICED", order.number(), "invoice " + invoice.number() + ", " + invoice.total());
        return invoice;
    }
}
