package dev.depot.server.platform;

import dev.depot.model.changes.ChangeEntry;
import dev.depot.model.changes.Scope;
import jakarta.persistence.EntityManager;

import java.util.List;

/**
 * One kind of record a capability replicates, read as change entries in a scope: how a device gets
 * a fresh copy. A source yields a single entity type ordered by id, so a bootstrap can stop after
 * any record and resume after its id (keyset paging: no OFFSET, which rereads and shifts as rows come and go).
 */
public interface SnapshotSource {

    /** The entity type this source yields; names the source in a bootstrap cursor. */
    String entityType();

    /** The records of this type in the scope with an id after {@code page.after()}, by id, at most {@code page.limit()}. */
    List<ChangeEntry> page(EntityManager em, Scope scope, SnapshotPage page);
}
