package dev.depot.mobile.store;

/**
 * One base-state record as it sits on disk: the server's version and the view in the protocol's
 * JSON. Never changed once stored; a newer version is a new object.
 */
final class StoredView {

    final String entityType;
    final String id;
    final long version;
    final String json;

    StoredView(String entityType, String id, long version, String json) {
        this.entityType = entityType;
        this.id = id;
        this.version = version;
        this.json = json;
    }
}
