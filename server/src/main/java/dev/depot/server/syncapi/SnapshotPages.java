package dev.depot.server.syncapi;

import dev.depot.model.changes.ChangeEntry;
import dev.depot.model.changes.Scope;
import dev.depot.server.platform.SnapshotPage;
import dev.depot.server.platform.SnapshotSource;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * A fresh copy of a device's scopes, cut into pages: scope by scope (in key order), source by source,
 * record by record in id order. Each page ends at a {@link SnapshotPosition}, and the next one is
 * read after it, so a device that lost its connection resumes where it was, and no page is served twice.
 */
final class SnapshotPages {

    private final List<SnapshotSource> sources;
    private final int pageSize;

    SnapshotPages(List<SnapshotSource> sources, int pageSize) {
        if (new HashSet<>(sources.stream().map(SnapshotSource::entityType).toList()).size() != sources.size()) {
            throw new IllegalArgumentException("each snapshot source must yield its own entity type: a cursor names the source by it");
        }
        this.sources = List.copyOf(sources);
        this.pageSize = pageSize;
    }

    /** One page of a copy, and where the next starts; none when the copy is complete. */
    record Page(List<ChangeEntry> changes, Optional<SnapshotPosition> next) {
    }

    /** Where a copy of these scopes starts. */
    SnapshotPosition start(List<Scope> scopes) {
        return new SnapshotPosition(inOrder(scopes).getFirst(), sources.getFirst().entityType(), SnapshotPage.START);
    }

    /**
     * One page of records from {@code from} on. A position naming a scope outside {@code scopes} or
     * an unknown source is not one this server issued for them.
     */
    Page read(EntityManager em, List<Scope> scopes, SnapshotPosition from) {
        List<Scope> ordered = inOrder(scopes);
        int scope = ordered.indexOf(from.scope());
        int source = sources.stream().map(SnapshotSource::entityType).toList().indexOf(from.source());
        if (scope < 0 || source < 0) {
            throw new IllegalArgumentException("the snapshot position does not belong to these scopes");
        }
        List<ChangeEntry> changes = new ArrayList<>();
        SnapshotPage page = new SnapshotPage(from.after(), pageSize);
        while (scope < ordered.size()) {
            List<ChangeEntry> found = sources.get(source).page(em, ordered.get(scope), page);
            changes.addAll(found);
            if (found.size() == page.limit()) {
                return new Page(changes, Optional.of(new SnapshotPosition(ordered.get(scope), sources.get(source).entityType(),
                        found.getLast().entityId())));
            }
            page = SnapshotPage.first(pageSize - changes.size());
            source = (source + 1) % sources.size();
            scope += source == 0 ? 1 : 0;
        }
        return new Page(changes, Optional.empty());
    }

    private static List<Scope> inOrder(List<Scope> scopes) {
        return scopes.stream().sorted(Comparator.comparing(Scope::key)).toList();
    }
}
