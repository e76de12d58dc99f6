package dev.depot.server.inventory;

/** Why stock moved; every ledger line says. */
public enum MovementReason {
    OPENING_STOCK,
    RECEIPT,
    PUTAWAY,
    REPLENISHMENT,
    QUARANTINE_RELEASE,
    WRITE_OFF,
    RETURN_TO_SUPPLIER,
    PICK,
    GOODS_ISSUE,
    TRANSFER,
    COUNT_ADJUSTMENT
}
