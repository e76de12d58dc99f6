package dev.depot.sync.protocol;

import dev.depot.model.changes.ChangeEntry;
import dev.depot.model.commands.CommandResult;
import jakarta.json.bind.annotation.JsonbCreator;
import java.util.List;

/**
 * Changes in the device's scopes after its cursor, applied by the device all at once.
 *
 * <ul>
 *   <li>{@code reset}: this page belongs to a fresh copy of the device's scopes (first sync, the device's
 *       scopes changed, its cursor was from another database or too old). A copy comes in pages: the
 *       device stages them beside its base and, with the last one ({@code hasMore} false), the staged
 *       copy replaces the base in one step. The outbox is always kept.</li>
 *   <li>{@code firstPage}: this page starts a fresh copy: anything staged from an earlier one goes.</li>
 *   <li>{@code cursor}: opaque; send it with the next pull.</li>
 *   <li>{@code lastSeq}: the device's last command whose changes this page and the ones before it have all
 *       delivered; pending commands up to it are done. (A command applied but not yet served stays pending.)</li>
 *   <li>{@code results}: stored results of the device's commands after the {@code resultsAfter} it sent.</li>
 *   <li>{@code hasMore}: pull again at once with the new cursor (during a fresh copy: more pages follow).</li>
 * </ul>
 */
public record PullResponse(String cursor, boolean reset, List<String> scopes, List<ChangeEntry> changes, long lastSeq,
                           List<CommandResult> results, boolean hasMore, boolean firstPage) {

    @JsonbCreator // the canonical constructor; the shorter one below is for deltas written in code
    public PullResponse {
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
        changes = changes == null ? List.of() : List.copyOf(changes);
        results = results == null ? List.of() : List.copyOf(results);
    }

    /** A page of deltas, or a fresh copy that fits one page when {@code reset}. */
    public PullResponse(String cursor, boolean reset, List<String> scopes, List<ChangeEntry> changes, long lastSeq,
                        List<CommandResult> results, boolean hasMore) {
        this(cursor, reset, scopes, changes, lastSeq, results, hasMore, reset);
    }
}
