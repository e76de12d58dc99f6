package dev.depot.server.billing;

import dev.depot.model.changes.ChangeEntry;
import dev.depot.model.changes.Scope;
import dev.depot.model.ids.UuidV7;
import dev.depot.model.views.InvoiceView;
import dev.depot.server.accounting.Accounting;
import dev.depot.server.accounting.PostingRules;
import dev.depot.server.partners.Customer;
import dev.depot.server.partners.Partners;
import dev.depot.server.platform.ChangeLog;
import dev.depot.server.platform.ProblemException;
import dev.depot.server.platform.SnapshotPage;
import dev.depot.server.platform.SnapshotSource;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The billing capability: issues invoices with gapless numbers, posts them to the journal and adds
 * them to the customer's open receivables, all in the caller's transaction.
 */
public final class Billing implements SnapshotSource {

    private final Partners partners;
    private final Accounting accounting;
    private final ChangeLog changes;
    private final Clock clock;

    public Billing(Partners partners, Accounting accounting, ChangeLog changes, Clock clock) {
        this.partners = partners;
        this.accounting = accounting;
        this.changes = changes;
        this.clock = clock;
    }

    public Invoice issue(EntityManager em, InvoiceDraft draft) {
        if (forOrder(em, draft.orderId()).isPresent()) {
            throw ProblemException.invalidState("the order is already invoiced");
        }
        Customer customer = partners.lockForCreditCheck(em, draft.customerId())
                .orElseThrow(() -> ProblemException.notFound("customer " + draft.customerId()));
        Instant issuedAt = clock.instant();
        LocalDate dueOn = LocalDate.ofInstant(issuedAt, ZoneOffset.UTC).plusDays(customer.paymentTermsDays());
        Invoice invoice = new Invoice(UuidV7.next(), "INV-" + String.format("%06d", nextNumber(em)), draft, issuedAt, dueOn);
        em.persist(invoice);
        int lineNumber = 1;
        for (InvoiceDraft.Line line : draft.lines()) {
            em.persist(new InvoiceLine(UuidV7.next(), invoice.id(), lineNumber++, line));
        }
        accounting.post(em, PostingRules.invoice(invoice.id(), invoice.number(), draft.subtotal(), draft.tax()));
        partners.changeOpenReceivables(em, customer, draft.total());
        em.flush();
        changes.publish(em, invoice.view(), invoice.version(), List.of(Scope.customer(customer.id())));
        return invoice;
    }

    @Override
    public String entityType() {
        return InvoiceView.TYPE;
    }

    /** A customer's invoices still open, for the rep's device to age. */
    @Override
    public List<ChangeEntry> page(EntityManager em, Scope scope, SnapshotPage page) {
        if (!scope.kind().equals("customer")) {
            return List.of();
        }
        return page.upserts(em.createQuery("select i from Invoice i where i.customerId = :customer and i.openAmount <> 0 "
                        + "and i.id > :after order by i.id", Invoice.class).setParameter("customer", scope.id()),
                scope, Invoice::view, Invoice::version);
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
