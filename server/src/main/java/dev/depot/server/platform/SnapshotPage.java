package dev.depot.server.platform;

import dev.depot.model.changes.ChangeEntry;
import dev.depot.model.changes.Scope;
import dev.depot.model.views.SyncedView;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToLongFunction;

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
     * Runs a query whose JPQL ends in {@code ... and x.id > :after order by x.id} (the one shape every
     * source uses, so the keyset and its order cannot drift apart) and yields each record as an
     * upsert in {@code scope}, with its view and version.
     */
    public <T> List<ChangeEntry> upserts(TypedQuery<T> query, Scope scope, Function<T, ? extends SyncedView> view,
                                         ToLongFunction<T> version) {
        return query.setParameter("after", after).setMaxResults(limit).getResultStream()
                .map(record -> ChangeEntry.upsert(view.apply(record), version.applyAsLong(record), scope))
                .toList();
    }
}
