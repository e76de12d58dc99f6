package dev.depot.model.changes;

/** What a change entry does to the device's copy of a record. */
public enum ChangeOp {
    UPSERT,
    DELETE
}
