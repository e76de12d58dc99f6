package dev.depot.mobile.store;

import dev.depot.model.changes.EntityKey;
import dev.depot.model.commands.CommandResult;
import dev.depot.sync.client.JournalUpdate;
import dev.depot.sync.client.VersionedView;
import dev.depot.sync.protocol.CommandEnvelope;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;

/**
 * Works out the journal's next state from one sync step, both as it will be stored and as readers
 * will see it. Pure: nothing is written here, so a step that fails to commit leaves no trace. A part
 * the step does not change (the base, the outbox, the results) is shared with the previous state,
 * not copied; a part it changes is copied once for the disk and once for the readers.
 */
final class JournalStep {

    /** Results kept for the person to read; older ones have long been seen. */
    static final int RESULTS_KEPT = 500;

    record Next(StoredState stored, JournalSnapshot snapshot) {
    }

    private JournalStep() {
    }

    static Next apply(StoredState stored, JournalSnapshot seen, JournalUpdate update, JournalCodec codec) {
        StoredState.Builder next = stored.toBuilder();
        Map<EntityKey, VersionedView> base = switch (update.step()) {
            case APPLY -> appliedBase(stored, seen, update, next, codec);
            case BEGIN_COPY, CONTINUE_COPY -> seen.base();
            case FINISH_COPY -> copiedBase(stored.stagedOrNone(), update, next, codec);
            case WHOLE_COPY -> copiedBase(List.of(), update, next, codec);
        };
        next.staged = nextStaged(stored, update, codec);
        List<CommandEnvelope> pending = nextOutbox(stored, seen, update, next);
        List<CommandResult> results = nextResults(stored, seen, update, next, codec);
        update.cursor().ifPresent(c -> next.cursor = c);
        update.scopes().ifPresent(s -> next.scopes = new ArrayList<>(s));
        next.lastSyncedAt = update.syncedAt().toString();

        StoredState state = next.build();
        JournalSnapshot snapshot = new JournalSnapshot(seen.registration(), state.lastIssuedSeq, pending, base, state.stagedRecords(),
                Optional.ofNullable(state.cursor), Collections.unmodifiableList(state.scopes), results, state.resultsThrough,
                Optional.of(update.syncedAt()), seen.unsent());
        return new Next(state, snapshot);
    }

    private static Map<EntityKey, VersionedView> appliedBase(StoredState stored, JournalSnapshot seen, JournalUpdate update,
                                                            StoredState.Builder next, JournalCodec codec) {
        if (update.upserts().isEmpty() && update.deletes().isEmpty()) {
            return seen.base();
        }
        HashMap<String, StoredView> storedBase = new HashMap<>(stored.base);
        Map<EntityKey, VersionedView> decodedBase = new HashMap<>(seen.base());
        for (EntityKey key : update.deletes()) {
            storedBase.remove(JournalCodec.mapKey(key));
            decodedBase.remove(key);
        }
        update.upserts().forEach((key, view) -> {
            storedBase.put(JournalCodec.mapKey(key), codec.encode(key, view));
            decodedBase.put(key, view);
        });
        next.base = storedBase;
        return Collections.unmodifiableMap(decodedBase);
    }

    /**
     * The staged pages and the last page's upserts as the whole new base. The staged records are
     * already on disk and go into the new base as the same objects, so the swap writes only the map.
     */
    private static Map<EntityKey, VersionedView> copiedBase(List<ArrayList<StoredView>> stagedPages, JournalUpdate update,
                                                           StoredState.Builder next, JournalCodec codec) {
        HashMap<String, StoredView> storedBase = new HashMap<>();
        Map<EntityKey, VersionedView> decodedBase = new HashMap<>();
        for (List<StoredView> page : stagedPages) {
            for (StoredView view : page) {
                EntityKey key = codec.keyOf(view);
                storedBase.put(JournalCodec.mapKey(key), view);
                decodedBase.put(key, codec.decode(view));
            }
        }
        update.upserts().forEach((key, view) -> {
            storedBase.put(JournalCodec.mapKey(key), codec.encode(key, view));
            decodedBase.put(key, view);
        });
        next.base = storedBase;
        return Collections.unmodifiableMap(decodedBase);
    }

    /** A staged page is a new list beside the earlier ones, which stay as stored. */
    private static ArrayList<ArrayList<StoredView>> nextStaged(StoredState stored, JournalUpdate update, JournalCodec codec) {
        return switch (update.step()) {
            case APPLY -> stored.stagedOrNone();
            case BEGIN_COPY -> pages(new ArrayList<>(), update, codec);
            case CONTINUE_COPY -> pages(new ArrayList<>(stored.stagedOrNone()), update, codec);
            case FINISH_COPY, WHOLE_COPY -> new ArrayList<>();
        };
    }

    private static ArrayList<ArrayList<StoredView>> pages(ArrayList<ArrayList<StoredView>> earlier, JournalUpdate update,
                                                          JournalCodec codec) {
        ArrayList<StoredView> page = new ArrayList<>();
        update.upserts().forEach((key, view) -> page.add(codec.encode(key, view)));
        earlier.add(page);
        return earlier;
    }

    private static List<CommandEnvelope> nextOutbox(StoredState stored, JournalSnapshot seen, JournalUpdate update,
                                                    StoredState.Builder next) {
        LongPredicate done = seq -> seq <= update.acknowledgedThrough();
        if (stored.outbox.stream().noneMatch(c -> done.test(c.seq))) {
            return seen.pending();
        }
        next.outbox = stored.outbox.stream().filter(c -> !done.test(c.seq)).collect(Collectors.toCollection(ArrayList::new));
        return seen.pending().stream().filter(e -> !done.test(e.seq())).toList();
    }

    private static List<CommandResult> nextResults(StoredState stored, JournalSnapshot seen, JournalUpdate update,
                                                   StoredState.Builder next, JournalCodec codec) {
        List<CommandResult> fresh = update.results().stream()
                .filter(r -> r.seq() > stored.resultsThrough)
                .sorted(Comparator.comparingLong(CommandResult::seq))
                .toList();
        if (fresh.isEmpty()) {
            return seen.results();
        }
        ArrayList<String> storedResults = new ArrayList<>(stored.results);
        fresh.forEach(r -> storedResults.add(codec.encode(r)));
        storedResults.subList(0, Math.max(0, storedResults.size() - RESULTS_KEPT)).clear();
        next.results = storedResults;
        next.resultsThrough = fresh.getLast().seq();
        List<CommandResult> decoded = new ArrayList<>(seen.results());
        decoded.addAll(fresh);
        decoded.subList(0, Math.max(0, decoded.size() - RESULTS_KEPT)).clear();
        return Collections.unmodifiableList(decoded);
    }
}
