package dev.depot.model.views;

import dev.depot.model.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * An invoice the customer has not paid in full, as the rep's device sees it: what it was for, when
 * it falls due under the customer's payment terms, and what is still open. The device ages its
 * customers' receivables from these with its own calendar (see {@link dev.depot.model.credit.Receivables}).
 */
public record InvoiceView(UUID id, String number, UUID customerId, UUID orderId, Instant issuedAt, LocalDate dueOn, Money total,
                          Money open) implements SyncedView {

    public static final String TYPE = "invoice";

    @Override
    public String entityType() {
        return TYPE;
    }

    /** Days past its due date on {@code today}; zero or less while it is not yet due. */
    public long daysOverdue(LocalDate today) {
        return ChronoUnit.DAYS.between(dueOn, today);
    }
}
