package dev.depot.server.syncapi;

import dev.depot.server.platform.ChangeLog;
import dev.depot.sync.feed.FeedCursor;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * The change log as devices read it. Every implementation guarantees the same contract (see
 * {@code ChangeFeedContract} in the tests): a change becomes readable only when no change that
 * sorts before it can still commit, so a cursor never steps over a late commit.
 */
public interface ChangeFeed extends ChangeLog {

    /** This database's identity; a cursor from another epoch cannot be continued. */
    String epoch(EntityManager em);

    /**
     * The position up to which every change has committed. Take it before reading a snapshot: the
     * snapshot then holds everything before it, and deltas after it are served from the feed.
     */
    FeedCursor horizon(EntityManager em);

    /** Up to {@code limit} changes in the scopes, after the cursor, in feed order. */
    FeedPage read(EntityManager em, FeedCursor after, Set<String> scopes, int limit);

    /**
     * Where the calling transaction's changes will stand in the feed; stored with each applied
     * device command. Call it after the command's changes are written.
     */
    long position(EntityManager em);

    /**
     * The device's last command whose changes all lie before {@code servedTo}: what a device that
     * has applied everything up to that cursor may drop from its outbox. A command applied but not
     * yet served stays pending on the device, so its effect never vanishes from the person's view.
     */
    long appliedThrough(EntityManager em, UUID deviceId, FeedCursor servedTo);

    /**
     * Deletes the changes recorded before {@code recordedBefore} that every reader could already have
     * been served, as one prefix of the feed, and records the position pruned through. Returns how
     * many rows went.
     */
    int prune(EntityManager em, Instant recordedBefore);

    /**
     * The position the feed has been pruned through (the start of the feed if never): a cursor
     * before it may have missed changes, and its device must download a fresh copy.
     */
    FeedCursor prunedThrough(EntityManager em);
}
