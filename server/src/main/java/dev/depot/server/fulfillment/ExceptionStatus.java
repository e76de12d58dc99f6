package dev.depot.server.fulfillment;

/** Where a warehouse exception stands: waiting for someone to reconcile it, or reconciled. */
public enum ExceptionStatus {
    OPEN, RESOLVED
}
