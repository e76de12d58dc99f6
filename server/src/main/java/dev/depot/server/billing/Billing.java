package dev.depot.server.billing;

import dev.depot.model.ids.UuidV7;
import dev.depot.server.accounting.Accounting;
import dev.depot.server.accounting.PostingRules;
import dev.depot.server.partners.Customer;
import dev.depot.server.partners.Partners;
import dev.depot.server.platform.ProblemException;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * The billing capability: issues invoices with gapless numbers, posts them to the journal and adds
 * them to the customer's open receivables, all in the caller's transaction.
 */
public final class Billing {

    private final Partners partners;
    private final Accounting accounting;
    private final Clock clock;

    public Billing(Partners partners, Accounting accounting, Clock clock) {
        this.partners = partners;
        this.accounting = accounting;
        this.clock = clock;
    }

    public Invoice issue(EntityManager em, InvoiceDraft draft) {
        if (forOrder(em, draft.orderId()).isPresent()) {
            throw ProblemException.invalidState("the order is already invoiced");
        }
        Customer customer = partners.lockForCreditCheck(em, draft.customerId())
                .orElseThrow(() -> ProblemException.notFound("customer " + draft.customerId()));
        Invoice invoice = new Invoice(UuidV7.next(), "INV-" + String.format("%06d", nextNumber(em)), draft, clock.instant());
        em.persist(invoice);
        int lineNumber = 1;
        for (InvoiceDraft.Line line : draft.lines()) {
            em.persist(new InvoiceLine(UuidV7.next(), invoice.id(), lineNumber++, line));
        }
        accounting.post(em, PostingRules.invoice(invoice.id(), invoice.number(), draft.subtotal(), draft.tax()));
        partners.changeOpenReceivables(em, customer, draft.total());
        return invoice;
    }

    public Optional<Invoice> forOrder(EntityManager em, UUID orderId) {
        return em.createQuery("select i from Invoice i where i.orderId = :order", Invoice.class)
                .setParameter("order", orderId).getResultStream().findFirst();
    }

    /** The next invoice number from a locked counter row: a rolled-back invoice gives its number back. */
    private static long nextNumber(EntityManager em) {
        Object next = em.createNativeQuery("SELECT next_number FROM document_counter WHERE kind = 'INVOICE' FOR UPDATE")
                .getSingleResult();
        em.createNativeQuery("UPDATE document_counter SET next_number = next_number + 1 WHERE kind = 'INVOICE'").executeUpdate();
        return ((Number) next).longValue();
    }
}
