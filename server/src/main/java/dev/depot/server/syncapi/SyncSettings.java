package dev.depot.server.syncapi;

import java.time.Duration;

/**
 * How sync behaves on this server.
 *
 * @param maxWait    the longest a pull may wait for a change ({@code depot.sync.max-wait})
 * @param retention  how long the change log keeps a change ({@code depot.sync.retention}); a device
 *                   offline for longer downloads a fresh copy
 * @param pruneEvery how often old changes are pruned ({@code depot.sync.prune-every})
 * @param snapshotPage records per page of a fresh copy ({@code depot.sync.snapshot-page}): fewer
 *                   mean smaller answers and less to repeat when a connection drops, more mean fewer round trips
 */
public record SyncSettings(Duration maxWait, Duration retention, Duration pruneEvery, int snapshotPage) {

    public static final Duration DEFAULT_MAX_WAIT = Duration.ofSeconds(25);
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(30);
    public static final Duration DEFAULT_PRUNE_EVERY = Duration.ofHours(1);
    public static final int DEFAULT_SNAPSHOT_PAGE = 500;

    public SyncSettings {
        if (!retention.isPositive() || !pruneEvery.isPositive()) {
            throw new IllegalArgumentException("depot.sync.retention and depot.sync.prune-every must be positive durations, got "
                    + retention + " and " + pruneEvery);
        }
        if (snapshotPage < 1 || snapshotPage > 5000) {
            throw new IllegalArgumentException("depot.sync.snapshot-page must be from 1 to 5000, got " + snapshotPage);
        }
    }
}
