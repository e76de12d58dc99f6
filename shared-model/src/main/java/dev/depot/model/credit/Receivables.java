package dev.depot.model.credit;

import dev.depot.model.money.Money;
import dev.depot.model.views.InvoiceView;
import java.time.LocalDate;
import java.util.Collection;

/**
 * A customer's receivables on a given day, as a rep needs them before a call: what is open, how
 * much of it is past due, and how late the oldest is. Aged on the device with its own calendar, so
 * an invoice turns overdue at midnight without the server having to say so.
 */
public record Receivables(Money open, Money overdue, int openInvoices, int overdueInvoices, long oldestDaysOverdue) {

    public static Receivables of(Collection<InvoiceView> invoices, LocalDate today, String currency) {
        Money open = Money.zero(currency);
        Money overdue = Money.zero(currency);
        int openCount = 0;
        int overdueCount = 0;
        long oldest = 0;
        for (InvoiceView invoice : invoices) {
            if (invoice.open().isZero() || invoice.open().isNegative()) {
                continue;
            }
            open = open.plus(invoice.open());
            openCount++;
            long late = invoice.daysOverdue(today);
            if (late > 0) {
                overdue = overdue.plus(invoice.open());
                overdueCount++;
                oldest = Math.max(oldest, late);
            }
        }
        return new Receivables(open, overdue, openCount, overdueCount, oldest);
    }

    public boolean hasOverdue() {
        return overdueInvoices > 0;
    }
}
