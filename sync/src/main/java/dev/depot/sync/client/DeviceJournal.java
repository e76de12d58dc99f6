package dev.depot.sync.client;

import dev.depot.model.changes.EntityKey;
import dev.depot.model.commands.CommandResult;
import dev.depot.sync.protocol.CommandEnvelope;
import dev.depot.sync.protocol.DeviceRegistration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The device's durable memory: who signed in, the outbox of commands whose effects have not yet come
 * back in a pull, the base state pulled from the server and the feed cursor. Every write is durable when the method returns,
 * and {@link #commit} is atomic. Implementations must be safe to call from the UI thread and the
 * sync thread at once. What a read returns never changes afterwards; {@link #pending()} and
 * {@link #base()} return the very same object until a write changes them, so a caller may keep what
 * it worked out from them for as long as they are the same.
 */
public interface DeviceJournal {

    Optional<DeviceRegistration> registration();

    /**
     * Keeps a new registration: the server made a new device for the person, so everything pulled
     * for someone else (base, cursor, scopes, results) is dropped and seqs start again from 1.
     * Refused (with {@link IllegalStateException}) while the outbox holds commands or unsent work of a
     * revoked registration waits ({@link #unsent()}): they belong to the previous registration and would be lost.
     */
    void register(DeviceRegistration registration);

    /**
     * The highest {@code seq} this registration ever issued (0 before the first command). Dropping
     * done commands never lowers it, so a seq is never issued twice.
     */
    long lastIssuedSeq();

    /**
     * Appends a command to the outbox; it is on disk when this returns. Refuses (with
     * {@link IllegalStateException}) an envelope whose {@code seq} is not {@code lastIssuedSeq() + 1}:
     * the server refuses a gap, so the journal must never hold one.
     */
    void append(CommandEnvelope envelope);

    /**
     * Commands whose effects are not yet in the base, in {@code seq} order: those not yet sent, and
     * those the server answered (see {@link #resultsThrough()}) but no pull has brought back.
     */
    List<CommandEnvelope> pending();

    Map<EntityKey, VersionedView> base();

    /**
     * How many records of a fresh copy wait beside the base for the copy's last page (0 when no copy
     * is under way). They are not part of {@link #base()}: the person keeps working on the old base
     * until the copy is complete.
     */
    int staged();

    Optional<String> cursor();

    List<String> scopes();

    /** Results the server returned for this device's commands, one per {@code seq}, in {@code seq} order. */
    List<CommandResult> results();

    /** The highest {@code seq} whose result this device holds (0 before the first): the server has every command up to it. */
    long resultsThrough();

    Optional<Instant> lastSyncedAt();

    /**
     * Applies one sync step, all of it or none. By its {@link JournalUpdate#step()}: removes
     * {@code deletes} from the base and writes {@code upserts} to it ({@code APPLY}); or stages the
     * upserts beside the base, after dropping anything staged at {@code BEGIN_COPY}, and leaves the
     * base, the same object, as it is ({@code BEGIN_COPY}, {@code CONTINUE_COPY}); or makes the
     * staged records plus the upserts the whole new base and stages nothing any more
     * ({@code FINISH_COPY}; {@code WHOLE_COPY} takes only the upserts). Takes the cursor and scopes when present;
     * drops pending commands up to {@code acknowledgedThrough} (the outbox is otherwise kept, also on
     * a reset); keeps the results after {@link #resultsThrough()}, and not again one it already had
     * (the server stores one result per command: a retried push only repeats it); records
     * {@code syncedAt}. Refused (with
     * {@link IllegalStateException}) when nobody is registered: a step from a round that outlived a
     * sign-out must not bring the previous person's replica back.
     */
    void commit(JournalUpdate update);

    /**
     * Forgets the person and everything pulled or recorded for them, the registration and the outbox
     * included (a sign-out, once nothing waits). Unsent work of a revocation stays until {@link #discardUnsent()}.
     */
    void wipe();

    /**
     * The server revoked this device: forgets what {@link #wipe()} forgets, all at once, and keeps
     * {@code unsent} (the commands the server never received), after any unsent work already kept,
     * for the person to read and pass on.
     */
    void revoke(List<UnsentCommand> unsent);

    /** What a revoked registration recorded and never sent, oldest first; empty unless the device was revoked. */
    List<UnsentCommand> unsent();

    /** The person passed the unsent work on (or decided it goes): forgets it. */
    void discardUnsent();
}
