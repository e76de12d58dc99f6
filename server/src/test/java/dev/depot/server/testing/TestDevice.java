package dev.depot.server.testing;

import dev.depot.model.changes.ChangeEntry;
import dev.depot.model.commands.CommandResult;
import dev.depot.model.commands.DeviceCommand;
import dev.depot.model.views.InboxEntryView;
import dev.depot.model.views.SyncedView;
import dev.depot.sync.client.HttpSyncTransport;
import dev.depot.sync.protocol.CommandEnvelope;
import dev.depot.sync.protocol.DeviceRegistration;
import dev.depot.sync.protocol.PullResponse;
import dev.depot.sync.protocol.PushRequest;
import dev.depot.sync.protocol.RegisterDevice;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A registered device talking the real protocol to a running server: it pushes commands one at a
 * time with the next seq, and reads what a fresh copy of its scopes holds. For tests about what a
 * device is told; the device engine itself (outbox, rebase) is {@code SyncClient}'s.
 */
public final class TestDevice {

    private final HttpSyncTransport transport;
    private final DeviceRegistration registration;
    private long seq;

    private TestDevice(HttpSyncTransport transport, DeviceRegistration registration) {
        this.transport = transport;
        this.registration = registration;
    }

    public static TestDevice of(RunningDepot depot, RunningDepot.TestUser user) {
        return of(depot, user.username(), RunningDepot.PASSWORD);
    }

    /** A device of someone who already exists, such as a demo user. */
    public static TestDevice of(RunningDepot depot, String username, String password) {
        HttpSyncTransport transport = new HttpSyncTransport(depot.uri(), Duration.ofSeconds(10));
        return new TestDevice(transport, transport.register(new RegisterDevice(username, password, "handheld", "test")));
    }

    public DeviceRegistration registration() {
        return registration;
    }

    /** Pushes the command as this device's next one and returns the server's answer. */
    public CommandResult send(DeviceCommand command) {
        seq++;
        CommandEnvelope envelope = new CommandEnvelope(UUID.randomUUID(), registration.deviceId(), seq, Instant.now(), Map.of(), command);
        return transport.push(registration.token(), new PushRequest(registration.deviceId(), List.of(envelope))).results().getFirst();
    }

    /** A fresh copy of everything the device may hold: all of its pages, as one answer with the last page's cursor. */
    public PullResponse copy() {
        PullResponse page = transport.pull(registration.token(), null, 0, Duration.ZERO);
        List<ChangeEntry> changes = new ArrayList<>(page.changes());
        while (page.hasMore()) {
            page = transport.pull(registration.token(), page.cursor(), 0, Duration.ZERO);
            changes.addAll(page.changes());
        }
        return new PullResponse(page.cursor(), true, page.scopes(), changes, page.lastSeq(), page.results(), false, true);
    }

    /** {@link #pullUntil(HttpSyncTransport, String, String, Predicate)} as this device. */
    public PullResponse pullUntil(String cursor, Predicate<PullResponse> done) {
        return pullUntil(transport, registration.token(), cursor, done);
    }

    /**
     * Pulls everything after {@code cursor}, waiting for changes, until the answer satisfies
     * {@code done} or ten seconds pass: the feed's horizon is cluster-wide, so another database's
     * transaction may hold a change back a moment. Asks for no results, so a wait is not cut short by them.
     */
    public static PullResponse pullUntil(HttpSyncTransport transport, String token, String cursor, Predicate<PullResponse> done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        PullResponse page = transport.pull(token, cursor, 0, Duration.ZERO);
        while (!done.test(page) && System.nanoTime() < deadline) {
            page = transport.pull(token, cursor, Long.MAX_VALUE, Duration.ofSeconds(1));
        }
        return page;
    }

    /** The newest version of every record in a fresh copy, of one kind. */
    public <T extends SyncedView> List<T> views(Class<T> type) {
        Map<UUID, T> newest = new LinkedHashMap<>();
        copy().changes().stream().map(ChangeEntry::payload).filter(type::isInstance).map(type::cast)
                .forEach(view -> newest.put(view.id(), view));
        return List.copyOf(newest.values());
    }

    /** The device's inbox as a fresh copy brings it, oldest first. */
    public List<InboxEntryView> inbox() {
        return views(InboxEntryView.class).stream().sorted(Comparator.comparing(InboxEntryView::at)).toList();
    }
}
