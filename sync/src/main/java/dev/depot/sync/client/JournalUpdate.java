package dev.depot.sync.client;

import dev.depot.model.changes.EntityKey;
import dev.depot.model.commands.CommandResult;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything one sync step changes on the device, written by the journal all at once or not at all:
 * a crash mid-way leaves the device as it was before the step, never half-synced.
 *
 * @param step                what the step does to the base: apply deltas, stage a page of a fresh copy, or
 *                            replace the base with the copy ({@link BaseStep})
 * @param upserts             records to write (to the base, or to the staged copy), already filtered to newer versions
 * @param deletes             base records to remove; a page of a fresh copy has none
 * @param cursor              the new feed cursor, if the step moved it
 * @param scopes              the scopes the base now holds, if the step changes the base (never while staging)
 * @param acknowledgedThrough pending commands with {@code seq} up to this are done and their effects are in
 *                            the base once this step is applied: drop them. Only a pull says so (its
 *                            {@code lastSeq}); a push's answer never does, as its effects have not come back yet,
 *                            and nor does a staged page, whose effects are not in the base before the swap
 * @param results             command results to keep for the person to read
 * @param syncedAt            when the step completed
 */
public record JournalUpdate(BaseStep step, Map<EntityKey, VersionedView> upserts, Set<EntityKey> deletes,
                            Optional<String> cursor, Optional<List<String>> scopes, long acknowledgedThrough,
                            List<CommandResult> results, Instant syncedAt) {

    public JournalUpdate {
        if (step != BaseStep.APPLY && !deletes.isEmpty()) {
            throw new IllegalArgumentException("a page of a fresh copy holds records, never deletes");
        }
        if (step.staysStaged() && (acknowledgedThrough > 0 || scopes.isPresent())) {
            throw new IllegalArgumentException("a staged page leaves the base as it is: it can neither acknowledge commands "
                    + "nor change the scopes the base holds");
        }
        upserts = Map.copyOf(upserts);
        deletes = Set.copyOf(deletes);
        results = List.copyOf(results);
    }

    /**
     * A step that only records the server's answers to pushed commands. The commands stay pending:
     * the person keeps seeing them until a pull brings back what they did.
     */
    public static JournalUpdate answers(List<CommandResult> results, Instant syncedAt) {
        return new JournalUpdate(BaseStep.APPLY, Map.of(), Set.of(), Optional.empty(), Optional.empty(), 0, results, syncedAt);
    }
}
