package dev.depot.server.platform;

import dev.depot.model.changes.Scope;
import dev.depot.model.views.SyncedView;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.UUID;

/**
 * Where capabilities publish every change to state that devices replicate, inside the same
 * transaction as the change itself (a transactional outbox): the change and its entry commit
 * together or not at all, so no device can miss one.
 */
public interface ChangeLog {

    /** The record's new state at {@code version}, for every device holding one of {@code scopes}. */
    void publish(EntityManager em, SyncedView view, long version, Collection<Scope> scopes);

    /** The record is gone (or left these scopes) as of {@code version}. */
    void remove(EntityManager em, String entityType, UUID id, long version, Collection<Scope> scopes);

    /**
     * A record devices hold only while it is live (an open task, an open order): its new state
     * while it is, its removal once it is not.
     */
    default void publishWhile(boolean live, EntityManager em, SyncedView view, long version, Collection<Scope> scopes) {
        if (live) {
            publish(em, view, version, scopes);
        } else {
            remove(em, view.entityType(), view.id(), version, scopes);
        }
    }
}
