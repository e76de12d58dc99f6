package dev.depot.model.views;

import java.util.UUID;

/** A catalog item as a device needs it: to find it by text or scan, and to know its pack size. */
public record ItemView(UUID id, String sku, String gtin, String name, int eachesPerCase, boolean active)
        implements SyncedView {

    public static final String TYPE = "item";

    @Override
    public String entityType() {
        return TYPE;
    }
}
