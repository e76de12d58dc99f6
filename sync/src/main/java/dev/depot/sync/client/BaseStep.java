package dev.depot.sync.client;

/**
 * What a sync step does to the base state. Deltas change the base at once; a fresh copy arrives in
 * pages that are staged beside the base, which the person keeps working on, and replace it only
 * with the last page, all at once. A copy cut off half-way leaves the old base whole.
 */
public enum BaseStep {
    /** Changes to the base: the upserts and deletes apply to it now. */
    APPLY,
    /** The first page of a fresh copy: anything staged from an earlier copy goes, these upserts are staged. */
    BEGIN_COPY,
    /** A further page of the copy: its upserts are staged beside those already staged. */
    CONTINUE_COPY,
    /** The last page: its upserts are staged and the staged copy replaces the base, in this one step. */
    FINISH_COPY,
    /** A fresh copy in a single page: it replaces the base at once, and anything staged goes. */
    WHOLE_COPY;

    /** A step whose records wait beside the base instead of reaching it. */
    public boolean staysStaged() {
        return this == BEGIN_COPY || this == CONTINUE_COPY;
    }

    /** A step that makes a fresh copy the base: whatever the base held before goes. */
    public boolean replacesBase() {
        return this == FINISH_COPY || this == WHOLE_COPY;
    }

    /** The step a page of a pull amounts to. */
    static BaseStep of(boolean reset, boolean firstPage, boolean hasMore) {
        if (!reset) {
            return APPLY;
        }
        if (firstPage) {
            return hasMore ? BEGIN_COPY : WHOLE_COPY;
        }
        return hasMore ? CONTINUE_COPY : FINISH_COPY;
    }
}
