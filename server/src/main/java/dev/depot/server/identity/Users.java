package dev.depot.server.identity;

import dev.depot.model.identity.Role;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The people who can sign in. */
public final class Users {

    private final EntityManager em;

    public Users(EntityManager em) {
        this.em = em;
    }

    public Optional<UserAccount> byUsername(String username) {
        return em.createQuery("select u from UserAccount u where u.username = :username", UserAccount.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    public Optional<UserAccount> byId(UUID id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    /** The active people of a warehouse with this role, by name. */
    public List<UserAccount> inWarehouse(UUID warehouseId, Role role) {
        return em.createQuery("select u from UserAccount u where u.warehouseId = :w and u.role = :role and u.active = true "
                        + "order by u.displayName", UserAccount.class)
                .setParameter("w", warehouseId).setParameter("role", role).getResultList();
    }

    public boolean isEmpty() {
        return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult() == 0;
    }

    public void add(UserAccount user) {
        em.persist(user);
    }
}
