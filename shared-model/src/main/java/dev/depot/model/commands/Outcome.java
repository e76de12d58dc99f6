package dev.depot.model.commands;

/** What became of a command on the server. */
public enum Outcome {
    /** Applied as sent. */
    APPLIED,
    /** Applied with a change the person must see: a backorder, another warehouse, a later date, a new price. */
    ADJUSTED,
    /** Waiting for someone with authority to approve it. */
    PENDING_APPROVAL,
    /** Not applied; the reason says why and what to do next. */
    REJECTED
}
