package dev.depot.model.changes;

import java.util.Objects;
import java.util.UUID;

/** Names one replicated record: its entity type and id. */
public record EntityKey(String entityType, UUID id) {

    public EntityKey {
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(id, "id");
    }
}
