package dev.depot.model.changes;

import dev.depot.model.views.SyncedView;
import java.util.UUID;

/**
 * One change to replicated state, as the change feed delivers it: the record's new version and
 * content ({@code payload}, absent on delete), and the scope it belongs to. Devices apply entries
 * idempotently by version, so re-delivery is harmless.
 */
public record ChangeEntry(String entityType, UUID entityId, long version, ChangeOp op, String scope, SyncedView payload) {

    public static ChangeEntry upsert(SyncedView view, long version, Scope scope) {
        return new ChangeEntry(view.entityType(), view.id(), version, ChangeOp.UPSERT, scope.key(), view);
    }

    public static ChangeEntry delete(String entityType, UUID id, long version, Scope scope) {
        return new ChangeEntry(entityType, id, version, ChangeOp.DELETE, scope.key(), null);
    }

    public EntityKey key() {
        return new EntityKey(entityType, entityId);
    }
}
