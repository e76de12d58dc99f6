package dev.depot.sync.client;

import dev.depot.model.views.SyncedView;

/** A record of the device's base state with the server version it came with. */
public record VersionedView(long version, SyncedView view) {
}
