package dev.depot.server.identity;

import jakarta.persistence.EntityManager;
import java.util.Optional;

/** Browser and API sessions. */
final class Sessions {

    private final EntityManager em;

    Sessions(EntityManager em) {
        this.em = em;
    }

    Optional<UserSession> byTokenHash(String tokenHash) {
        return em.createQuery("select s from UserSession s where s.tokenHash = :hash", UserSession.class)
                .setParameter("hash", tokenHash)
                .getResultStream().findFirst();
    }
}
