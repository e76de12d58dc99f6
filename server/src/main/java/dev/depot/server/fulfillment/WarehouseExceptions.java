package dev.depot.server.fulfillment;

import dev.depot.model.ids.UuidV7;
import dev.depot.server.counting.Counting;
import dev.depot.server.inventory.Location;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The warehouse exceptions: raised in the picker's transaction when a pick contradicts its task
 * (with a count of a bin that ran short), listed for supervisors, oldest first.
 */
public final class WarehouseExceptions {

    private final Clock clock;
    private final Counting counting;

    public WarehouseExceptions(Clock clock, Counting counting) {
        this.clock = clock;
        this.counting = counting;
    }

    void raise(EntityManager em, List<PickDifference> differences, PickTask task, Location bin, PickConfirmation.Picker picker) {
        for (PickDifference difference : differences) {
            WarehouseException exception = new WarehouseException(UuidV7.next(), difference, task, bin.code(), picker, clock.instant());
            em.persist(exception);
            if (difference.kind() == ExceptionKind.SHORT_PICK) {
                counting.request(em, new Counting.Request(bin, task.itemId(), difference.note(), exception.id()));
            }
        }
    }

    /** The open exceptions of every warehouse, oldest first. */
    public List<WarehouseException> open(EntityManager em) {
        return em.createQuery("select x from WarehouseException x where x.status = :open order by x.raisedAt, x.id",
                        WarehouseException.class)
                .setParameter("open", ExceptionStatus.OPEN).getResultList();
    }

    /** The open exceptions of one warehouse, oldest first: what its supervisors work on. */
    public List<WarehouseException> openIn(EntityManager em, UUID warehouseId) {
        return em.createQuery("select x from WarehouseException x where x.status = :open and x.warehouseId = :warehouse "
                        + "order by x.raisedAt, x.id", WarehouseException.class)
                .setParameter("open", ExceptionStatus.OPEN).setParameter("warehouse", warehouseId).getResultList();
    }

    /** The latest resolved exceptions of one warehouse, newest first. */
    public List<WarehouseException> recentlyResolvedIn(EntityManager em, UUID warehouseId, int limit) {
        return em.createQuery("select x from WarehouseException x where x.status = :resolved and x.warehouseId = :warehouse "
                        + "order by x.resolvedAt desc, x.id", WarehouseException.class)
                .setParameter("resolved", ExceptionStatus.RESOLVED).setParameter("warehouse", warehouseId)
                .setMaxResults(limit).getResultList();
    }

    /** The latest resolved exceptions of every warehouse, newest first. */
    public List<WarehouseException> recentlyResolved(EntityManager em, int limit) {
        return em.createQuery("select x from WarehouseException x where x.status = :resolved order by x.resolvedAt desc, x.id",
                        WarehouseException.class)
                .setParameter("resolved", ExceptionStatus.RESOLVED).setMaxResults(limit).getResultList();
    }

    public Optional<WarehouseException> byId(EntityManager em, UUID id) {
        return Optional.ofNullable(em.find(WarehouseException.class, id));
    }

    Optional<WarehouseException> lock(EntityManager em, UUID id) {
        return Optional.ofNullable(em.find(WarehouseException.class, id, LockModeType.PESSIMISTIC_WRITE));
    }
}
