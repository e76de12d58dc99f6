package dev.depot.server.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eclipse.persistence.sessions.UnitOfWork;

/**
 * One use case, one transaction: {@link #inTransaction} opens an entity manager, runs the work,
 * commits, and rolls everything back if the work throws. Nothing is ever half-written.
 */
public final class Transactions {

    private static final String AFTER_COMMIT = Transactions.class.getName() + ".afterCommit";

    private final EntityManagerFactory entityManagers;

    public Transactions(EntityManagerFactory entityManagers) {
        this.entityManagers = entityManagers;
    }

    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = entityManagers.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            // the database transaction starts now, so every read of the work runs in it, on its one
            // connection, and sees the work's own writes (else each read borrows a pooled connection)
            em.unwrap(UnitOfWork.class).beginEarlyTransaction();
            T result = work.apply(em);
            tx.commit();
            runAfterCommit(em);
            return result;
        } catch (RuntimeException e) {
            if (tx.isActive()) {
                tx.rollback();
            }
            throw e;
        } finally {
            em.close();
        }
    }

    /**
     * Runs {@code action} once the transaction of {@code em} has committed, and never if it rolls
     * back: for telling others about what only a commit makes visible. Only transactions of
     * {@link #inTransaction} run it. The same action asked for twice runs once.
     */
    public static void afterCommit(EntityManager em, Runnable action) {
        @SuppressWarnings("unchecked")
        Set<Runnable> actions = (Set<Runnable>) em.getProperties().get(AFTER_COMMIT);
        if (actions == null) {
            actions = new LinkedHashSet<>();
            em.setProperty(AFTER_COMMIT, actions);
        }
        actions.add(action);
    }

    private static void runAfterCommit(EntityManager em) {
        @SuppressWarnings("unchecked")
        Set<Runnable> actions = (Set<Runnable>) em.getProperties().get(AFTER_COMMIT);
        if (actions != null) {
            actions.forEach(Runnable::run);
        }
    }

    public void run(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }
}
