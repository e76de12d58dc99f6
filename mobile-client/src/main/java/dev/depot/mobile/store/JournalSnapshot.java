package dev.depot.mobile.store;

import dev.depot.model.changes.EntityKey;
import dev.depot.model.commands.CommandResult;
import dev.depot.sync.client.UnsentCommand;
import dev.depot.sync.client.VersionedView;
import dev.depot.sync.protocol.CommandEnvelope;
import dev.depot.sync.protocol.DeviceRegistration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The journal's state decoded, immutable, held in memory: readers get it without a lock and
 * without parsing, while the sync thread prepares the next one.
 *
 * <p>It keeps the collections it is given without copying them, so a step shares whatever it did
 * not change with the previous snapshot: they must be unmodifiable, and held by nobody who changes
 * them (the journal builds each one fresh, or takes the previous snapshot's).
 */
record JournalSnapshot(Optional<DeviceRegistration> registration, long lastIssuedSeq, List<CommandEnvelope> pending,
                       Map<EntityKey, VersionedView> base, int staged, Optional<String> cursor, List<String> scopes,
                       List<CommandResult> results, long resultsThrough, Optional<Instant> lastSyncedAt,
                       List<UnsentCommand> unsent) {

    static JournalSnapshot decode(StoredState state, JournalCodec codec) {
        Map<EntityKey, VersionedView> base = new HashMap<>();
        state.base.values().forEach(v -> base.put(codec.keyOf(v), codec.decode(v)));
        return new JournalSnapshot(
                Optional.ofNullable(state.registration).map(codec::decodeRegistration),
                state.lastIssuedSeq,
                state.outbox.stream().map(codec::decode).toList(),
                Collections.unmodifiableMap(base),
                state.stagedRecords(),
                Optional.ofNullable(state.cursor),
                Collections.unmodifiableList(state.scopes),
                state.results.stream().map(codec::decodeResult).toList(),
                state.resultsThrough,
                Optional.ofNullable(state.lastSyncedAt).map(Instant::parse),
                state.unsentOrNone().stream().map(codec::decodeUnsent).toList());
    }

    /** This snapshot with one more command in the outbox. */
    JournalSnapshot withAppended(CommandEnvelope envelope) {
        List<CommandEnvelope> outbox = new ArrayList<>(pending);
        outbox.add(envelope);
        return new JournalSnapshot(registration, envelope.seq(), Collections.unmodifiableList(outbox), base, staged, cursor, scopes,
                results,
                resultsThrough, lastSyncedAt, unsent);
    }
}
