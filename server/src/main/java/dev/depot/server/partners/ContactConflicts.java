package dev.depot.server.partners;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The contact conflicts waiting for the back office, oldest first. */
public final class ContactConflicts {

    /** A conflict with the customer it is about, as the back office lists it. */
    public record Open(ContactConflict conflict, String customerName, String customerCode) {
    }

    public List<Open> open(EntityManager em) {
        return em.createQuery("select c, cu.name, cu.code from ContactConflict c, Customer cu where cu.id = c.customerId "
                        + "and c.status = 'OPEN' order by c.raisedAt, c.id", Object[].class)
                .getResultStream()
                .map(row -> new Open((ContactConflict) row[0], (String) row[1], (String) row[2]))
                .toList();
    }

    public Optional<ContactConflict> byId(EntityManager em, UUID id) {
        return Optional.ofNullable(em.find(ContactConflict.class, id));
    }

    Optional<ContactConflict> lock(EntityManager em, UUID id) {
        return Optional.ofNullable(em.find(ContactConflict.class, id, LockModeType.PESSIMISTIC_WRITE));
    }
}
