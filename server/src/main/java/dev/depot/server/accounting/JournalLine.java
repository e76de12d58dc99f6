package dev.depot.server.accounting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** One debit or credit of a posted journal entry. */
@Entity
@Table(name = "journal_line")
public class JournalLine {

    @Id
    private UUID id;
    @Column(name = "entry_id")
    private UUID entryId;
    @Column(name = "line_number")
    private int lineNumber;
    @Column(name = "account_code")
    private String accountCode;
    private BigDecimal debit;
    private BigDecimal credit;

    protected JournalLine() {
    }

    JournalLine(UUID id, UUID entryId, int lineNumber, PostingLine line) {
        this.id = id;
        this.entryId = entryId;
        this.lineNumber = lineNumber;
        this.accountCode = line.account();
        this.debit = line.debit().amount();
        this.credit = line.credit().amount();
    }

    public String accountCode() {
        return accountCode;
    }

    public BigDecimal debit() {
        return debit;
    }

    public BigDecimal credit() {
        return credit;
    }
}
