package dev.depot.server.syncapi;

import dev.depot.model.changes.ChangeEntry;
import dev.depot.model.changes.Scope;
import dev.depot.model.commands.CommandResult;
import dev.depot.server.identity.Access;
import dev.depot.server.identity.Caller;
import dev.depot.server.identity.TokenRefusal;
import dev.depot.server.platform.ProblemException;
import dev.depot.server.platform.ProblemType;
import dev.depot.server.platform.Transactions;
import dev.depot.sync.feed.FeedCursor;
import dev.depot.sync.protocol.PullResponse;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Serves a device's pull: a fresh copy of its scopes, page by page, when it has no usable cursor
 * (or is in the middle of one), otherwise the changes after its cursor (or {@code resync-required}
 * when the log has been pruned past it), plus the last of its commands the answer fully covers and the results
 * it has not seen. With {@code wait}, an empty answer is held back until something changes or the
 * wait is over ({@link LongPoll}).
 */
public final class ChangeDelivery {

    static final int PAGE = 500;
    private static final int RESULTS_PAGE = 200;

    private final Transactions transactions;
    private final ChangeFeed feed;
    private final DeviceScopes scopes;
    private final SnapshotPages snapshots;
    private final Clock clock;
    private final LongPoll longPoll;

    ChangeDelivery(Transactions transactions, ChangeFeed feed, DeviceScopes scopes, SnapshotPages snapshots, Clock clock,
                   LongPoll longPoll) {
        this.transactions = transactions;
        this.feed = feed;
        this.scopes = scopes;
        this.snapshots = snapshots;
        this.clock = clock;
        this.longPoll = longPoll;
    }

    /**
     * A pull as the device asked for it; the server cuts {@code wait} to its maximum. {@code only}
     * narrows it to some of the device's scopes (empty: all of them).
     */
    public record Pull(String cursor, long resultsAfter, Duration waitFor, List<String> only) {

        public Pull {
            only = List.copyOf(only);
        }
    }

    public PullResponse pull(Caller caller, Pull pull) {
        if (!caller.isDevice()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "only a registered device can pull");
        }
        List<Scope> deviceScopes = transactions.inTransaction(em -> {
            em.createNativeQuery("UPDATE device SET last_seen_at = ? WHERE id = ?")
                    .setParameter(1, clock.instant().atOffset(ZoneOffset.UTC)).setParameter(2, caller.deviceId())
                    .executeUpdate();
            return served(List.copyOf(scopes.of(em, caller)), pull.only());
        });
        Optional<DeliveryCursor> cursor = Optional.ofNullable(pull.cursor()).filter(c -> !c.isBlank()).map(ChangeDelivery::decode);
        return longPoll.answer(pull.waitFor(), () -> transactions.inTransaction(em -> {
            stillSignedIn(em, caller);
            return once(em, caller, deviceScopes, cursor, pull.resultsAfter());
        }));
    }

    /**
     * The scopes this pull serves: the device's, or those of them it asked for. Asking for one that
     * is not the device's is refused, and the refusal rolls back the pull's only write (last seen).
     */
    private static List<Scope> served(List<Scope> devices, List<String> asked) {
        if (asked.isEmpty()) {
            return devices;
        }
        for (String key : asked) {
            Scope scope;
            try {
                scope = new Scope(key);
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("scope", "'" + key + "' is not a scope");
            }
            if (!devices.contains(scope)) {
                throw new ProblemException(ProblemType.FORBIDDEN, "scope " + key + " is not one of this device's");
            }
        }
        return devices.stream().filter(scope -> asked.contains(scope.key())).toList();
    }

    /** A device the office revoked while its pull waited hears so at the next read, as it would on a new request. */
    private static void stillSignedIn(EntityManager em, Caller caller) {
        Number revoked = (Number) em.createNativeQuery("SELECT COUNT(*) FROM device WHERE id = ? AND revoked_at IS NOT NULL")
                .setParameter(1, caller.deviceId()).getSingleResult();
        if (revoked.longValue() > 0) {
            throw Access.refusal(TokenRefusal.DEVICE_SIGNED_OUT);
        }
    }

    private PullResponse once(EntityManager em, Caller caller, List<Scope> deviceScopes, Optional<DeliveryCursor> cursor,
                              long resultsAfter) {
        List<CommandResult> results = results(em, caller, resultsAfter);
        Optional<DeliveryCursor> fitting = cursor.filter(c -> c.fits(feed.epoch(em), deviceScopes));
        if (fitting.isEmpty()) {
            return firstSnapshotPage(em, caller, deviceScopes, results);
        }
        DeliveryCursor from = fitting.get();
        if (from.snapshot().isPresent()) {
            // a copy that started before the log was pruned past its horizon could never continue with deltas: start again
            return isPruned(em, from.feed())
                    ? firstSnapshotPage(em, caller, deviceScopes, results)
                    : nextSnapshotPage(em, caller, deviceScopes, from, results);
        }
        FeedPage page = feed.read(em, from.feed(), new LinkedHashSet<>(keys(deviceScopes)), PAGE);
        if (isPruned(em, from.feed())) {
            // checked after the read: a pruning that committed before the read is seen here, one after it removed nothing we needed
            throw new ProblemException(ProblemType.RESYNC_REQUIRED, "the changes after this cursor are no longer kept: "
                    + "download a fresh copy (pull without a cursor) and keep the outbox");
        }
        return new PullResponse(DeliveryCursor.delta(page.next(), deviceScopes).encode(), false, keys(deviceScopes), page.changes(),
                feed.appliedThrough(em, caller.deviceId(), page.next()), results, page.hasMore(), false);
    }

    /** Starts a fresh copy; the horizon is taken before its first page, so whatever commits meanwhile follows as deltas. */
    private PullResponse firstSnapshotPage(EntityManager em, Caller caller, List<Scope> deviceScopes, List<CommandResult> results) {
        FeedCursor horizon = feed.horizon(em);
        SnapshotPages.Page page = readSnapshot(em, deviceScopes, snapshots.start(deviceScopes));
        return new PullResponse(nextCursor(horizon, deviceScopes, page), true, keys(deviceScopes), page.changes(),
                feed.appliedThrough(em, caller.deviceId(), horizon), results, page.next().isPresent(), true);
    }

    private PullResponse nextSnapshotPage(EntityManager em, Caller caller, List<Scope> deviceScopes, DeliveryCursor from,
                                          List<CommandResult> results) {
        SnapshotPages.Page page = readSnapshot(em, deviceScopes, from.snapshot().orElseThrow());
        return new PullResponse(nextCursor(from.feed(), deviceScopes, page), true, keys(deviceScopes), page.changes(),
                feed.appliedThrough(em, caller.deviceId(), from.feed()), results, page.next().isPresent(), false);
    }

    /** After the last page of a copy the device continues with deltas from the copy's horizon. */
    private static String nextCursor(FeedCursor horizon, List<Scope> deviceScopes, SnapshotPages.Page page) {
        return page.next().map(p -> DeliveryCursor.bootstrap(horizon, deviceScopes, p))
                .orElseGet(() -> DeliveryCursor.delta(horizon, deviceScopes)).encode();
    }

    private SnapshotPages.Page readSnapshot(EntityManager em, List<Scope> deviceScopes, SnapshotPosition position) {
        try {
            return snapshots.read(em, deviceScopes, position);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "the cursor is not one this server issued");
        }
    }

    private boolean isPruned(EntityManager em, FeedCursor position) {
        return position.compareTo(feed.prunedThrough(em)) < 0;
    }

    private static List<String> keys(List<Scope> scopes) {
        return scopes.stream().map(Scope::key).toList();
    }

    private static DeliveryCursor decode(String text) {
        try {
            return DeliveryCursor.decode(text);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "the cursor is not one this server issued");
        }
    }

    private static List<CommandResult> results(EntityManager em, Caller caller, long after) {
        return em.createQuery("select c from PushedCommand c where c.deviceId = :device and c.seq > :after order by c.seq",
                        PushedCommand.class)
                .setParameter("device", caller.deviceId())
                .setParameter("after", after)
                .setMaxResults(RESULTS_PAGE)
                .getResultStream().map(PushedCommand::result).toList();
    }
}
