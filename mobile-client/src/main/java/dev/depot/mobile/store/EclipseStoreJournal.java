package dev.depot.mobile.store;

import dev.depot.model.changes.EntityKey;
import dev.depot.model.commands.CommandResult;
import dev.depot.sync.client.DeviceJournal;
import dev.depot.sync.client.JournalUpdate;
import dev.depot.sync.client.UnsentCommand;
import dev.depot.sync.client.VersionedView;
import dev.depot.sync.protocol.CommandEnvelope;
import dev.depot.sync.protocol.DeviceRegistration;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.serializer.persistence.types.Storer;
import org.eclipse.store.storage.embedded.types.EmbeddedStorage;
import org.eclipse.store.storage.embedded.types.EmbeddedStorageManager;

/**
 * The device journal in an EclipseStore embedded storage: the outbox, the base state and the sync
 * bookkeeping survive app restarts and crashes.
 *
 * <p>Every write builds a new {@link StoredState} (sharing what did not change), swaps it into
 * the root and stores the root with one storer and one commit: all of a step reaches the disk, or
 * none. Writers take the journal's lock; readers get the last committed, decoded snapshot without
 * waiting. See {@code docs/decisions/device-store.md}.
 */
public final class EclipseStoreJournal implements DeviceJournal, AutoCloseable {

    private final EmbeddedStorageManager storage;
    private final JournalRoot root;
    private final JournalCodec codec = new JournalCodec();
    private volatile JournalSnapshot snapshot;

    private EclipseStoreJournal(EmbeddedStorageManager storage, JournalRoot root) {
        this.storage = storage;
        this.root = root;
        this.snapshot = JournalSnapshot.decode(root.state, codec);
    }

    /**
     * Opens the journal in a directory, creating an empty one the first time. A journal an earlier
     * release wrote is read with today's classes ({@link JournalMigrations}).
     */
    public static EclipseStoreJournal open(Path directory) {
        return open(directory, JournalMigrations.shipped());
    }

    static EclipseStoreJournal open(Path directory, JournalMigrations migrations) {
        EmbeddedStorageManager storage = EmbeddedStorage.Foundation(directory)
                .setWriterProvider(ForcedFileWriter::new)
                .onConnectionFoundation(migrations::applyTo)
                .start();
        try {
            return new EclipseStoreJournal(storage, rootOf(storage, directory));
        } catch (RuntimeException e) {
            storage.shutdown();
            throw e;
        }
    }

    private static JournalRoot rootOf(EmbeddedStorageManager storage, Path directory) {
        Object existing = storage.root();
        if (existing instanceof JournalRoot journal) {
            return journal;
        }
        if (existing != null) {
            throw new IllegalStateException(directory + " holds another application's storage: " + existing.getClass().getName());
        }
        JournalRoot fresh = new JournalRoot(StoredState.empty(null));
        storage.setRoot(fresh);
        storage.storeRoot();
        return fresh;
    }

    @Override
    public Optional<DeviceRegistration> registration() {
        return snapshot.registration();
    }

    /** Starts the journal afresh for a new registration; only the server address is kept. */
    @Override
    public synchronized void register(DeviceRegistration registration) {
        if (!root.state.outbox.isEmpty()) {
            throw new IllegalStateException(root.state.outbox.size() + " commands of the previous registration wait in the outbox");
        }
        if (!snapshot.unsent().isEmpty()) {
            throw new IllegalStateException(snapshot.unsent().size() + " unsent commands of a revoked registration wait to be passed on");
        }
        StoredState.Builder next = StoredState.empty(root.state.serverAddress).toBuilder();
        next.registration = codec.encode(registration);
        StoredState registered = next.build();
        write(registered, JournalSnapshot.decode(registered, codec));
    }

    @Override
    public long lastIssuedSeq() {
        return snapshot.lastIssuedSeq();
    }

    /** Appends the next command; refuses one that would leave a gap or repeat a seq, which the server would refuse too. */
    @Override
    public synchronized void append(CommandEnvelope envelope) {
        JournalSnapshot s = snapshot;
        if (envelope.seq() != s.lastIssuedSeq() + 1) {
            throw new IllegalStateException("command seq " + envelope.seq() + " does not follow " + s.lastIssuedSeq());
        }
        StoredState.Builder next = root.state.toBuilder();
        ArrayList<StoredCommand> outbox = new ArrayList<>(root.state.outbox);
        outbox.add(codec.encode(envelope));
        next.outbox = outbox;
        next.lastIssuedSeq = envelope.seq();
        write(next.build(), s.withAppended(envelope));
    }

    @Override
    public List<CommandEnvelope> pending() {
        return snapshot.pending();
    }

    @Override
    public Map<EntityKey, VersionedView> base() {
        return snapshot.base();
    }

    @Override
    public int staged() {
        return snapshot.staged();
    }

    @Override
    public Optional<String> cursor() {
        return snapshot.cursor();
    }

    @Override
    public List<String> scopes() {
        return snapshot.scopes();
    }

    @Override
    public List<CommandResult> results() {
        return snapshot.results();
    }

    @Override
    public long resultsThrough() {
        return snapshot.resultsThrough();
    }

    @Override
    public Optional<Instant> lastSyncedAt() {
        return snapshot.lastSyncedAt();
    }

    @Override
    public synchronized void commit(JournalUpdate update) {
        if (snapshot.registration().isEmpty()) {
            throw new IllegalStateException("nobody is registered on this device: a sync step belongs to no one");
        }
        JournalStep.Next next = JournalStep.apply(root.state, snapshot, update, codec);
        write(next.stored(), next.snapshot());
    }

    /**
     * Forgets the person, the outbox and the replica; the server address stays, to prefill the next
     * sign-in, and so does unsent work of a revocation, until the person lets it go.
     */
    @Override
    public synchronized void wipe() {
        StoredState.Builder next = StoredState.empty(root.state.serverAddress).toBuilder();
        next.unsent = root.state.unsentOrNone();
        StoredState wiped = next.build();
        write(wiped, JournalSnapshot.decode(wiped, codec));
    }

    /** Forgets what {@link #wipe()} forgets and keeps {@code unsent} beside any unsent work already kept, in one commit. */
    @Override
    public synchronized void revoke(List<UnsentCommand> unsent) {
        StoredState.Builder next = StoredState.empty(root.state.serverAddress).toBuilder();
        ArrayList<String> kept = new ArrayList<>(root.state.unsentOrNone());
        unsent.forEach(command -> kept.add(codec.encode(command)));
        next.unsent = kept;
        StoredState revoked = next.build();
        write(revoked, JournalSnapshot.decode(revoked, codec));
    }

    @Override
    public List<UnsentCommand> unsent() {
        return snapshot.unsent();
    }

    @Override
    public synchronized void discardUnsent() {
        StoredState.Builder next = root.state.toBuilder();
        next.unsent = new ArrayList<>();
        StoredState discarded = next.build();
        write(discarded, JournalSnapshot.decode(discarded, codec));
    }

    /** The server this device last signed in to, if it ever did. */
    public synchronized Optional<URI> serverAddress() {
        return Optional.ofNullable(root.state.serverAddress).map(URI::create);
    }

    public synchronized void rememberServerAddress(URI server) {
        StoredState.Builder next = root.state.toBuilder();
        next.serverAddress = server.toString();
        write(next.build(), snapshot);
    }

    /** Shuts the storage down; its threads would otherwise keep the JVM alive. */
    @Override
    public synchronized void close() {
        if (storage.isRunning()) {
            storage.shutdown();
        }
    }

    private void write(StoredState next, JournalSnapshot decoded) {
        StoredState previous = root.state;
        root.state = next;
        try {
            Storer storer = storage.createStorer();
            storer.store(root);
            storer.commit();
        } catch (RuntimeException e) {
            root.state = previous; // readers and the next write still see the last committed state
            throw e;
        }
        snapshot = decoded;
    }
}
