package dev.depot.server.accounting;

import dev.depot.model.ids.UuidV7;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;

/** The accounting capability: posts balanced entries to the journal and reads balances back. */
public final class Accounting {

    private final Clock clock;

    public Accounting(Clock clock) {
        this.clock = clock;
    }

    /** Posts a balanced entry in the caller's transaction. */
    public JournalEntry post(EntityManager em, JournalDraft draft) {
        long number = ((Number) em.createNativeQuery("SELECT nextval('journal_entry_number')").getSingleResult()).longValue();
        JournalEntry entry = new JournalEntry(UuidV7.next(), number, clock.instant(), draft);
        em.persist(entry);
        int lineNumber = 1;
        for (PostingLine line : draft.lines()) {
            em.persist(new JournalLine(UuidV7.next(), entry.id(), lineNumber++, line));
        }
        return entry;
    }

    /** Debits and credits per account over the whole journal. */
    public List<TrialBalanceRow> trialBalance(EntityManager em) {
        return em.createQuery("select new dev.depot.server.accounting.TrialBalanceRow(l.accountCode, sum(l.debit), sum(l.credit)) "
                        + "from JournalLine l group by l.accountCode order by l.accountCode", TrialBalanceRow.class)
                .getResultList();
    }

}
