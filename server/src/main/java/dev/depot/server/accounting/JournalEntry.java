package dev.depot.server.accounting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A posted journal entry's header; its lines are {@link JournalLine}s. Posted entries never change. */
@Entity
@Table(name = "journal_entry")
public class JournalEntry {

    @Id
    private UUID id;
    private long number;
    @Column(name = "posted_at")
    private Instant postedAt;
    @Column(name = "source_type")
    private String sourceType;
    @Column(name = "source_id")
    private UUID sourceId;
    private String memo;
    private String currency;

    protected JournalEntry() {
    }

    JournalEntry(UUID id, long number, Instant postedAt, JournalDraft draft) {
        this.id = id;
        this.number = number;
        this.postedAt = postedAt;
        this.sourceType = draft.sourceType();
        this.sourceId = draft.sourceId();
        this.memo = draft.memo();
        this.currency = draft.currency();
    }

    public UUID id() {
        return id;
    }

    public long number() {
        return number;
    }

    public Instant postedAt() {
        return postedAt;
    }

    public String sourceType() {
        return sourceType;
    }

    public UUID sourceId() {
        return sourceId;
    }

    public String memo() {
        return memo;
    }
}
