package dev.depot.server.platform;

import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.UUID;

/**
 * Which slice of a snapshot source to read: the records whose id sorts after {@code after}, in id
 * order as the database sorts UUIDs, at most {@code limit}. The nil UUID sorts before every id.
 */
public record SnapshotPage(UUID after, int limit) {

    /** Before the first record: no id is the nil UUID. */
    public static final UUID START = new UUID(0, 0);

    public SnapshotPage {
        if (after == null || limit < 1) {
            throw new IllegalArgumentException("a snapshot page starts after an id and holds at least one record");
        }
    }

    public static SnapshotPage first(int limit) {
        return new SnapshotPage(START, limit);
    }

    /**
     * Runs a query whose JPQL ends in {@code ... and x.id > :after order by x.id}: the one shape every
     * source uses, so the keyset and its order cannot drift apart.
     */
    public <T> List<T> read(TypedQuery<T> query) {
        return query.setParameter("after", after).setMaxResults(limit).getResultList();
    }
}
