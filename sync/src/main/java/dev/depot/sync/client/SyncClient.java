package dev.depot.sync.client;

import dev.depot.model.changes.ChangeEntry;
import dev.depot.model.changes.ChangeOp;
import dev.depot.model.changes.EntityKey;
import dev.depot.model.commands.CommandResult;
import dev.depot.model.commands.DeviceCommand;
import dev.depot.model.commands.Rebase;
import dev.depot.model.commands.Violation;
import dev.depot.model.ids.UuidV7;
import dev.depot.model.views.SyncedView;
import dev.depot.sync.protocol.CommandEnvelope;
import dev.depot.sync.protocol.DeviceRegistration;
import dev.depot.sync.protocol.PullResponse;
import dev.depot.sync.protocol.PushRequest;
import dev.depot.sync.protocol.PushResponse;
import dev.depot.sync.protocol.RegisterDevice;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The device side of sync. Commands go to the outbox first (durably) and reach the server on the
 * next {@link #syncNow()}, which keeps the server's answers; the server's changes come back through
 * the pull and replace the base state, and only then do the commands they carry leave the outbox.
 * The person always sees the base with their pending commands laid on top ({@link #localState()}).
 */
public final class SyncClient {

    /** Commands per push request; a long offline day goes up in several requests. */
    static final int PUSH_BATCH = 200;

    private final DeviceJournal journal;
    private final SyncTransport transport;
    private final Clock clock;
    private final UuidV7 ids;
    /** Guards seq allocation. Separate from {@link #syncLock} so recording a command never waits for the network. */
    private final Object outboxLock = new Object();
    /** One sync round at a time. */
    private final Object syncLock = new Object();
    private volatile LocalStateOf lastLocalState;

    public SyncClient(DeviceJournal journal, SyncTransport transport, Clock clock) {
        this.journal = journal;
        this.transport = transport;
        this.clock = clock;
        this.ids = new UuidV7(clock);
    }

    /** Signs in: registers this device for the person and keeps the token. Needs the server. */
    public DeviceRegistration signIn(String username, String password, String deviceName, String appVersion) {
        DeviceRegistration registration = transport.register(new RegisterDevice(username, password, deviceName, appVersion));
        journal.register(registration);
        return registration;
    }

    public Optional<DeviceRegistration> registration() {
        return journal.registration();
    }

    /**
     * Records a command in the outbox. Works offline. A command with violations is refused here,
     * with the reasons, and nothing is recorded.
     *
     * @param baseVersions the version of each record the person saw, by {@link EntityKey}
     */
    public CommandEnvelope submit(DeviceCommand command, Set<EntityKey> baseVersions) {
        List<Violation> violations = command.violations();
        if (!violations.isEmpty()) {
            throw new InvalidCommandException(violations);
        }
        signedIn();
        Map<EntityKey, VersionedView> base = journal.base();
        Map<String, Long> seen = new LinkedHashMap<>();
        for (EntityKey key : baseVersions) {
            VersionedView view = base.get(key);
            if (view != null) {
                seen.put(key.entityType() + ":" + key.id(), view.version());
            }
        }
        synchronized (outboxLock) {
            // read again under the lock: a sign-out in between must not receive a command of the previous person
            CommandEnvelope envelope = new CommandEnvelope(ids.generate(), signedIn().deviceId(),
                    journal.lastIssuedSeq() + 1, clock.instant(), seen, command);
            journal.append(envelope);
            return envelope;
        }
    }

    /**
     * Forgets the person and their replica, so whoever signs in next starts from nothing. Waits for a
     * sync round in flight, which would otherwise write the old cursor, base and results back after
     * the wipe. Refused while commands wait in the outbox: wiping would lose them.
     */
    public SignOut signOut() {
        synchronized (syncLock) {
            synchronized (outboxLock) {
                int waiting = journal.pending().size();
                if (waiting > 0) {
                    return new SignOut.WorkWaits(waiting);
                }
                journal.wipe();
                return new SignOut.SignedOut();
            }
        }
    }

    /**
     * The server revoked this device: forgets the person and their replica, and sets aside the
     * commands the server never received (those after {@link DeviceJournal#resultsThrough()}), each
     * described by {@code describe} while the replica can still name what it refers to. Waits for a
     * sync round in flight; a command recorded meanwhile is set aside with the rest.
     */
    public List<UnsentCommand> signedOutByServer(Function<CommandEnvelope, String> describe) {
        synchronized (syncLock) {
            synchronized (outboxLock) {
                long received = journal.resultsThrough();
                List<UnsentCommand> unsent = journal.pending().stream()
                        .filter(envelope -> envelope.seq() > received)
                        .map(envelope -> new UnsentCommand(envelope, describe.apply(envelope)))
                        .toList();
                journal.revoke(unsent);
                return unsent;
            }
        }
    }

    /**
     * One round: push the outbox, then pull until the server has nothing more. Throws
     * {@link SyncUnavailableException} when offline; the outbox is kept either way.
     */
    public SyncReport syncNow() {
        synchronized (syncLock) {
            DeviceRegistration registration = signedIn();
            int pushed = push(registration);
            int pulled = pullRest(registration);
            return new SyncReport(pushed, pulled, journal.pending().size());
        }
    }

    /** Pulls without waiting until the server has nothing more; the caller holds the sync lock. */
    private int pullRest(DeviceRegistration registration) {
        int pulled = 0;
        PullResponse page;
        do {
            page = pull(registration);
            journal.commit(toUpdate(page));
            pulled += page.changes().size();
        } while (page.hasMore());
        return pulled;
    }

    /**
     * Holds a pull open for up to {@code wait} (the server cuts it to its maximum) until the server has
     * something new for this device. Only the network wait: no lock is held, so a sync round (the
     * push of a command just recorded) runs meanwhile, and the thread may be interrupted to end it.
     * Hand the answer to {@link #apply(PolledPage)}.
     */
    public PolledPage awaitChanges(Duration wait) {
        DeviceRegistration registration = signedIn();
        Optional<String> from = journal.cursor();
        PullResponse page = transport.pull(registration.token(), from.orElse(null), journal.resultsThrough(), wait);
        return new PolledPage(registration, from, page);
    }

    /**
     * Applies what a long-poll brought, and pulls the rest when the server has more. A page that a
     * sync round overtook (the cursor moved on, or the person signed out, while it waited) is
     * dropped: the round brought as much or more, and the next poll asks from the new cursor.
     *
     * @return the changes pulled; 0 for a dropped page
     */
    public int apply(PolledPage polled) {
        synchronized (syncLock) {
            boolean overtaken = !journal.registration().equals(Optional.of(polled.asked())) || !journal.cursor().equals(polled.from());
            if (overtaken) {
                return 0;
            }
            PullResponse page = polled.page();
            journal.commit(toUpdate(page));
            return page.changes().size() + (page.hasMore() ? pullRest(polled.asked()) : 0);
        }
    }

    /**
     * What the person sees: the server's state with this device's pending commands applied. Worked
     * out again only when the journal changed: screens ask for it often, and a rebase reads every view.
     */
    public Rebase.LocalState localState() {
        // Pending first, base second. Only a pull drops a pending command, in the same commit that brings
        // its effects (the server counts a command in a page's lastSeq only once that page's cursor has
        // served them), so a sync committing in between can lay a command on a base that already holds
        // its effect (the server's version wins) but cannot hide it from both reads.
        List<CommandEnvelope> outbox = journal.pending();
        Map<EntityKey, VersionedView> base = journal.base();
        UUID userId = journal.registration().map(DeviceRegistration::userId).orElse(null);
        LocalStateOf last = lastLocalState;
        if (last != null && last.isOf(outbox, base, userId)) {
            return last.state();
        }
        List<Rebase.Pending> pending = outbox.stream()
                .map(e -> new Rebase.Pending(e.command(), userId, e.occurredAt()))
                .toList();
        Rebase.LocalState state = Rebase.apply(viewsOf(base), pending);
        lastLocalState = new LocalStateOf(outbox, base, userId, state);
        return state;
    }

    /** The views without their versions, copied once, straight into the immutable map the replica keeps. */
    @SuppressWarnings("unchecked")
    private static Map<EntityKey, SyncedView> viewsOf(Map<EntityKey, VersionedView> base) {
        return Map.ofEntries(base.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue().view()))
                .toArray(Map.Entry[]::new));
    }

    public DeviceJournal journal() {
        return journal;
    }

    /**
     * Sends the commands the server has not answered yet and keeps its answers. The commands stay in
     * the outbox: their effects reach the device with a later pull, whose {@code lastSeq} drops them.
     */
    private int push(DeviceRegistration registration) {
        int pushed = 0;
        List<CommandEnvelope> unsent = after(journal.resultsThrough());
        while (!unsent.isEmpty()) {
            List<CommandEnvelope> batch = unsent.subList(0, Math.min(PUSH_BATCH, unsent.size()));
            PushResponse response = transport.push(registration.token(), new PushRequest(registration.deviceId(), batch));
            journal.commit(JournalUpdate.answers(response.results(), clock.instant()));
            pushed += batch.size();
            if (response.lastSeq() < batch.getFirst().seq()) {
                break; // the server took none of this batch: stop rather than send it again
            }
            unsent = after(response.lastSeq()); // may hold commands recorded meanwhile: they go up in this round too
        }
        return pushed;
    }

    /**
     * Pulls after the journal's cursor. When the server no longer keeps the changes after it, pulls a
     * fresh copy instead: it is staged beside the base, and the outbox and results are kept. The
     * cursor is dropped only in this request: until the copy's first page commits, a crash leaves
     * the old cursor, which is refused the same way again.
     */
    private PullResponse pull(DeviceRegistration registration) {
        Optional<String> cursor = journal.cursor();
        try {
            return transport.pull(registration.token(), cursor.orElse(null), journal.resultsThrough(), Duration.ZERO);
        } catch (SyncRefusedException e) {
            if (!e.isResyncRequired() || cursor.isEmpty()) {
                throw e;
            }
            return transport.pull(registration.token(), null, journal.resultsThrough(), Duration.ZERO);
        }
    }

    private List<CommandEnvelope> after(long seq) {
        return journal.pending().stream().filter(envelope -> envelope.seq() > seq).toList();
    }

    JournalUpdate toUpdate(PullResponse page) {
        BaseStep step = BaseStep.of(page.reset(), page.firstPage(), page.hasMore());
        // a page of a fresh copy is compared with nothing: the copy replaces the base, and keyset pages never repeat a record
        Map<EntityKey, VersionedView> current = page.reset() ? Map.of() : journal.base();
        Map<EntityKey, VersionedView> upserts = new LinkedHashMap<>();
        Set<EntityKey> deletes = new HashSet<>();
        // The newest version met so far on this page, deletes included, so an older upsert cannot revive a deleted record.
        Map<EntityKey, Long> newest = new HashMap<>();
        for (ChangeEntry change : page.changes()) {
            EntityKey key = change.key();
            VersionedView known = current.get(key);
            long knownVersion = newest.getOrDefault(key, known == null ? Long.MIN_VALUE : known.version());
            if (knownVersion >= change.version()) {
                continue; // re-delivered or older: versions make it harmless
            }
            newest.put(key, change.version());
            if (change.op() == ChangeOp.DELETE) {
                upserts.remove(key);
                deletes.add(key);
            } else {
                deletes.remove(key);
                upserts.put(key, new VersionedView(change.version(), change.payload()));
            }
        }
        if (step.staysStaged()) {
            // the base, the scopes it holds and the pending commands laid on it stay as they are until the last page
            return new JournalUpdate(step, upserts, deletes, Optional.ofNullable(page.cursor()), Optional.empty(), 0,
                    page.results(), clock.instant());
        }
        return new JournalUpdate(step, upserts, deletes, Optional.ofNullable(page.cursor()), Optional.of(page.scopes()),
                page.lastSeq(), page.results(), clock.instant());
    }

    private DeviceRegistration signedIn() {
        return journal.registration().orElseThrow(() -> new IllegalStateException("sign in first: this device is not registered"));
    }

    /**
     * A local state and what it was worked out from. The journal hands out the same outbox and base
     * until it changes them, so the same objects mean nothing changed.
     */
    private record LocalStateOf(List<CommandEnvelope> outbox, Map<EntityKey, VersionedView> base, UUID userId,
                                Rebase.LocalState state) {

        boolean isOf(List<CommandEnvelope> otherOutbox, Map<EntityKey, VersionedView> otherBase, UUID otherUserId) {
            return outbox == otherOutbox && base == otherBase && Objects.equals(userId, otherUserId);
        }
    }

    /** A long-poll's answer, with who asked and from which cursor, so that {@link #apply} can tell a page a round overtook. */
    public record PolledPage(DeviceRegistration asked, Optional<String> from, PullResponse page) {

        /** The server answered without anything new: the wait ended, or the server does not hold pulls open. */
        public boolean broughtNothing() {
            return !page.reset() && page.changes().isEmpty() && page.results().isEmpty() && !page.hasMore();
        }
    }

    /** What one sync round did. */
    public record SyncReport(int pushed, int pulled, int stillPending) {
    }

    /** What became of a sign-out. */
    public sealed interface SignOut {

        /** The device is wiped and nobody is signed in. */
        record SignedOut() implements SignOut {
        }

        /** Nothing changed: these commands have not come back from the server yet. */
        record WorkWaits(int commands) implements SignOut {
        }
    }
}
