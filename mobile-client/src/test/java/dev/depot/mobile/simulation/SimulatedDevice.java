package dev.depot.mobile.simulation;

import dev.depot.mobile.store.EclipseStoreJournal;
import dev.depot.model.changes.EntityKey;
import dev.depot.model.commands.DeviceCommand;
import dev.depot.model.views.Replica;
import dev.depot.server.testing.RunningDepot;
import dev.depot.sync.client.SyncClient;
import dev.depot.sync.client.SyncUnavailableException;
import dev.depot.sync.protocol.CommandEnvelope;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A handheld or phone in the simulation: the real device engine ({@link SyncClient}) on a real
 * EclipseStore journal in its own directory, behind an {@link SimulatedNetwork}. The app process
 * can end at any moment and start again from what the journal wrote; the test keeps, apart from the
 * device, every command it ever recorded, to check each took effect once.
 */
final class SimulatedDevice implements AutoCloseable {

    private final String name;
    private final RunningDepot.TestUser user;
    private final Path directory;
    private final SimulatedNetwork network;
    private final List<CommandEnvelope> recorded = new ArrayList<>();
    private EclipseStoreJournal journal;
    private SyncClient client;

    SimulatedDevice(String name, RunningDepot.TestUser user, Path directory, SimulatedNetwork network) {
        this.name = name;
        this.user = user;
        this.directory = directory;
        this.network = network;
        start();
        client.signIn(user.username(), RunningDepot.PASSWORD, name, "simulation");
    }

    String name() {
        return name;
    }

    RunningDepot.TestUser user() {
        return user;
    }

    SimulatedNetwork network() {
        return network;
    }

    EclipseStoreJournal journal() {
        return journal;
    }

    SyncClient client() {
        return client;
    }

    List<CommandEnvelope> recorded() {
        return List.copyOf(recorded);
    }

    /** What the person sees: the base with the outbox laid on top. */
    Replica replica() {
        return client.localState().replica();
    }

    void record(DeviceCommand command, Set<EntityKey> seen) {
        recorded.add(client.submit(command, seen));
    }

    /** One sync round; false when the network failed it part way (the outbox keeps everything). */
    boolean sync() {
        try {
            client.syncNow();
            return true;
        } catch (SyncUnavailableException e) {
            return false;
        }
    }

    /** The app process ends, at any point between two steps, and starts again from its files. */
    void restartProcess() {
        journal.close();
        start();
    }

    private void start() {
        journal = EclipseStoreJournal.open(directory);
        client = new SyncClient(journal, network, Clock.systemUTC());
    }

    @Override
    public void close() {
        journal.close();
    }

    @Override
    public String toString() {
        return name + " (" + user.role() + " " + user.username() + ")";
    }
}
