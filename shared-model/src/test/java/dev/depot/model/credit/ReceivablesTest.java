package dev.depot.model.credit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.model.money.Money;
import dev.depot.model.views.InvoiceView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReceivablesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void anInvoiceIsOverdueFromTheDayAfterItFallsDue() {
        Receivables aged = Receivables.of(List.of(invoice("100.00", "100.00", TODAY), invoice("40.00", "40.00", TODAY.minusDays(1))),
                TODAY, "USD");

        assertThat(aged.open()).isEqualTo(Money.of("140.00", "USD"));
        assertThat(aged.overdue()).isEqualTo(Money.of("40.00", "USD"));
        assertThat(aged.openInvoices()).isEqualTo(2);
        assertThat(aged.overdueInvoices()).isEqualTo(1);
        assertThat(aged.oldestDaysOverdue()).isEqualTo(1);
    }

    @Test
    void onlyWhatIsStillOpenCountsAndTheOldestLatenessIsKept() {
        Receivables aged = Receivables.of(List.of(
                invoice("300.00", "120.00", TODAY.minusDays(45)),
                invoice("80.00", "0.00", TODAY.minusDays(90)), // paid
                invoice("50.00", "50.00", TODAY.minusDays(12))), TODAY, "USD");

        assertThat(aged.open()).isEqualTo(Money.of("170.00", "USD"));
        assertThat(aged.overdue()).isEqualTo(Money.of("170.00", "USD"));
        assertThat(aged.overdueInvoices()).isEqualTo(2);
        assertThat(aged.oldestDaysOverdue()).isEqualTo(45);
        assertThat(aged.hasOverdue()).isTrue();
    }

    @Test
    void noInvoicesOweNothing() {
        Receivables aged = Receivables.of(List.of(), TODAY, "USD");

        assertThat(aged.open()).isEqualTo(Money.zero("USD"));
        assertThat(aged.hasOverdue()).isFalse();
    }

    private static InvoiceView invoice(String total, String open, LocalDate dueOn) {
        return new InvoiceView(UUID.randomUUID(), "INV-1", UUID.randomUUID(), UUID.randomUUID(), Instant.parse("2026-10-01T09:00:00Z"),
                dueOn, Money.of(total, "USD"), Money.of(open, "USD"));
    }
}
