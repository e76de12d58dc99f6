package dev.depot.server.purchasing;

/** Where a purchase order stands: goods still to come, or everything ordered has come in. */
public enum PurchaseOrderStatus {
    OPEN,
    RECEIVED
}
