package dev.depot.server.accounting;

import dev.depot.model.money.Money;
import java.util.List;
import java.util.UUID;

/**
 * A balanced journal entry before it is posted: the business event it records and its lines.
 * It cannot exist unbalanced: debits equal credits, in one currency.
 */
public record JournalDraft(String sourceType, UUID sourceId, String memo, List<PostingLine> lines) {

    public JournalDraft {
        lines = lines.stream().filter(l -> !l.debit().isZero() || !l.credit().isZero()).toList();
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a journal entry needs at least one non-zero line");
        }
        String currency = lines.getFirst().debit().currency();
        Money debits = Money.zero(currency);
        Money credits = Money.zero(currency);
        for (PostingLine line : lines) {
            debits = debits.plus(line.debit());
            credits = credits.plus(line.credit());
        }
        if (debits.compareTo(credits) != 0) {
            throw new IllegalArgumentException("unbalanced entry for " + sourceType + " " + sourceId + ": debits " + debits
                    + ", credits " + credits);
        }
    }

    public String currency() {
        return lines.getFirst().debit().currency();
    }
}
