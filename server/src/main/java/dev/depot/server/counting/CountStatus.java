package dev.depot.server.counting;

/** Where a count task stands. Only an open one is on the handhelds. */
public enum CountStatus {
    /** Waiting for someone to count. */
    OPEN,
    /** Counted, and the bin held what the books said. */
    MATCHED,
    /** Counted, and the ledger was adjusted to the count. */
    ADJUSTED,
    /** Counted far off the books: a recount was asked for. */
    RECOUNTED,
    /** Counted, and the adjustment waits for a supervisor. */
    AWAITING_APPROVAL,
    /** A supervisor did not accept the count: a recount was asked for. */
    REJECTED
}
