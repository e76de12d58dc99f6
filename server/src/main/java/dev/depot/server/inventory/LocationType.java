package dev.depot.server.inventory;

/** What a location is for; only storage counts towards what can be promised to customers. */
public enum LocationType {
    RECEIVING,
    STORAGE,
    PACK,
    SHIP,
    QUARANTINE,
    /** Goods on their way from another warehouse: on this warehouse's books, in no bin of it yet. */
    TRANSIT;

    /** Stock here can be promised and picked. Quarantine, receiving and outbound areas never count. */
    public boolean isSellable() {
        return this == STORAGE;
    }
}
