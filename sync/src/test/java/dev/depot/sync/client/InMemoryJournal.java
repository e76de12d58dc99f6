package dev.depot.sync.client;

import dev.depot.model.changes.EntityKey;
import dev.depot.model.commands.CommandResult;
import dev.depot.sync.protocol.CommandEnvelope;
import dev.depot.sync.protocol.DeviceRegistration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A device journal held in memory, for unit tests of the sync engine. Every method holds the one
 * lock, so a commit is atomic to every reader. The outbox and the base are immutable and replaced
 * on each write, so a caller never sees a later change through what it was given, and gets the same
 * object back until something changed.
 */
public class InMemoryJournal implements DeviceJournal {

    private DeviceRegistration registration;
    private long lastIssuedSeq;
    private List<CommandEnvelope> outbox = List.of();
    private Map<EntityKey, VersionedView> base = Map.of();
    /** Pages of a fresh copy under way, waiting for its last page to replace the base. */
    private Map<EntityKey, VersionedView> staged = Map.of();
    private String cursor;
    private List<String> scopes = List.of();
    private final TreeMap<Long, CommandResult> results = new TreeMap<>();
    private Instant lastSyncedAt;
    private List<UnsentCommand> unsent = List.of();

    @Override
    public synchronized Optional<DeviceRegistration> registration() {
        return Optional.ofNullable(registration);
    }

    @Override
    public synchronized void register(DeviceRegistration registration) {
        if (!outbox.isEmpty() || !unsent.isEmpty()) {
            throw new IllegalStateException("commands of the previous registration wait in the outbox or unsent");
        }
        wipe();
        this.registration = registration;
    }

    @Override
    public synchronized long lastIssuedSeq() {
        return lastIssuedSeq;
    }

    @Override
    public synchronized void append(CommandEnvelope envelope) {
        if (envelope.seq() != lastIssuedSeq + 1) {
            throw new IllegalStateException("the next command is seq " + (lastIssuedSeq + 1) + ", got " + envelope.seq());
        }
        List<CommandEnvelope> longer = new ArrayList<>(outbox);
        longer.add(envelope);
        outbox = List.copyOf(longer);
        lastIssuedSeq = envelope.seq();
    }

    @Override
    public synchronized List<CommandEnvelope> pending() {
        return outbox;
    }

    @Override
    public synchronized Map<EntityKey, VersionedView> base() {
        return base;
    }

    @Override
    public synchronized int staged() {
        return staged.size();
    }

    @Override
    public synchronized Optional<String> cursor() {
        return Optional.ofNullable(cursor);
    }

    @Override
    public synchronized List<String> scopes() {
        return scopes;
    }

    @Override
    public synchronized List<CommandResult> results() {
        return List.copyOf(results.values());
    }

    @Override
    public synchronized long resultsThrough() {
        return results.isEmpty() ? 0 : results.lastKey();
    }

    @Override
    public synchronized Optional<Instant> lastSyncedAt() {
        return Optional.ofNullable(lastSyncedAt);
    }

    @Override
    public synchronized void commit(JournalUpdate update) {
        if (registration == null) {
            throw new IllegalStateException("nobody is registered on this device");
        }
        switch (update.step()) {
            case APPLY -> {
                if (!update.deletes().isEmpty() || !update.upserts().isEmpty()) {
                    Map<EntityKey, VersionedView> next = new HashMap<>(base);
                    update.deletes().forEach(next::remove);
                    next.putAll(update.upserts());
                    base = Map.copyOf(next);
                }
            }
            case BEGIN_COPY -> staged = Map.copyOf(update.upserts());
            case CONTINUE_COPY -> staged = withUpserts(staged, update);
            case FINISH_COPY -> {
                base = withUpserts(staged, update);
                staged = Map.of();
            }
            case WHOLE_COPY -> {
                base = Map.copyOf(update.upserts());
                staged = Map.of();
            }
        }
        update.cursor().ifPresent(c -> cursor = c);
        update.scopes().ifPresent(s -> scopes = List.copyOf(s));
        if (outbox.stream().anyMatch(envelope -> envelope.seq() <= update.acknowledgedThrough())) {
            outbox = outbox.stream().filter(envelope -> envelope.seq() > update.acknowledgedThrough()).toList();
        }
        long heldThrough = results.isEmpty() ? 0 : results.lastKey();
        update.results().stream().filter(result -> result.seq() > heldThrough).forEach(result -> results.put(result.seq(), result));
        lastSyncedAt = update.syncedAt();
    }

    private static Map<EntityKey, VersionedView> withUpserts(Map<EntityKey, VersionedView> records, JournalUpdate update) {
        Map<EntityKey, VersionedView> next = new HashMap<>(records);
        next.putAll(update.upserts());
        return Map.copyOf(next);
    }

    @Override
    public synchronized void wipe() {
        registration = null;
        lastIssuedSeq = 0;
        outbox = List.of();
        base = Map.of();
        staged = Map.of();
        cursor = null;
        scopes = List.of();
        results.clear();
        lastSyncedAt = null;
    }

    @Override
    public synchronized void revoke(List<UnsentCommand> unsentCommands) {
        wipe();
        List<UnsentCommand> kept = new ArrayList<>(unsent);
        kept.addAll(unsentCommands);
        unsent = List.copyOf(kept);
    }

    @Override
    public synchronized List<UnsentCommand> unsent() {
        return unsent;
    }

    @Override
    public synchronized void discardUnsent() {
        unsent = List.of();
    }
}
