package dev.depot.mobile.sync;

import dev.depot.model.changes.EntityKey;
import dev.depot.model.commands.CommandResult;
import dev.depot.model.commands.DeviceCommand;
import dev.depot.model.commands.PlaceOrder;
import dev.depot.model.commands.Rebase;
import dev.depot.sync.client.SyncClient;
import dev.depot.sync.client.VersionedView;
import dev.depot.sync.protocol.CommandEnvelope;
import dev.depot.sync.protocol.DeviceRegistration;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the screens need from sync: the local view of the world, recording a command, and what
 * the server said about earlier ones. Recording works offline; the background loop sends it.
 */
public final class DeviceSync {

    private final SyncClient client;
    private final BackgroundSync background;
    private final Clock clock;

    public DeviceSync(SyncClient client, BackgroundSync background, Clock clock) {
        this.client = client;
        this.background = background;
        this.clock = clock;
    }

    public DeviceRegistration registration() {
        return client.registration().orElseThrow(() -> new IllegalStateException("nobody is signed in on this device"));
    }

    /** The server's state as last pulled, with this device's unsent commands laid on top. */
    public Rebase.LocalState localState() {
        return client.localState();
    }

    /** Records a command in the outbox (durably, offline too) and asks for a sync. Call on the UI thread. */
    public CommandEnvelope record(DeviceCommand command, Set<EntityKey> seen) {
        CommandEnvelope envelope = client.submit(command, seen);
        background.commandRecorded();
        return envelope;
    }

    /** The version of a record as last pulled: what an edit of it was made against. Empty when the device never had it. */
    public Optional<Long> baseVersion(EntityKey key) {
        return Optional.ofNullable(client.journal().base().get(key)).map(VersionedView::version);
    }

    /** Commands whose effects have not come back yet, sent or not: signing out would lose them. */
    public int pendingCount() {
        return client.journal().pending().size();
    }

    /** Commands the server has not answered yet: the rest of the outbox only waits for a pull to bring their effects. */
    public int unsentCount() {
        long answeredThrough = client.journal().resultsThrough();
        return (int) client.journal().pending().stream().filter(envelope -> envelope.seq() > answeredThrough).count();
    }

    /**
     * The server's answers to orders still shown from the outbox, by order id: the server has them
     * (accepted, adjusted, on hold or rejected) but no pull has brought its copy of the order yet.
     */
    public Map<UUID, CommandResult> answersToPendingOrders() {
        Map<Long, CommandResult> bySeq = new HashMap<>();
        client.journal().results().forEach(result -> bySeq.put(result.seq(), result));
        Map<UUID, CommandResult> answers = new HashMap<>();
        for (CommandEnvelope envelope : client.journal().pending()) {
            CommandResult answer = bySeq.get(envelope.seq());
            if (answer != null && envelope.command() instanceof PlaceOrder order) {
                answers.put(order.orderId(), answer);
            }
        }
        return answers;
    }

    /** What the server answered to this device's commands, newest first. */
    public List<CommandResult> resultsNewestFirst() {
        return client.journal().results().reversed();
    }

    public Clock clock() {
        return clock;
    }
}
