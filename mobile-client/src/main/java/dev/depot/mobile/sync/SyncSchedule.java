package dev.depot.mobile.sync;

import java.time.Duration;

/**
 * How often the device syncs: every {@code interval} while the server answers; after failures,
 * waits that double from {@code firstRetry} up to {@code longestRetry}, so a device in a dead zone
 * does not drain its battery knocking. In between, while online, a pull waits up to
 * {@code longPoll} at the server for its next change (the server cuts it to its own maximum), so
 * the rounds are only the safety net.
 */
public record SyncSchedule(Duration interval, Duration firstRetry, Duration longestRetry, Duration longPoll) {

    public static final SyncSchedule STANDARD = new SyncSchedule(Duration.ofSeconds(30), Duration.ofSeconds(2), Duration.ofSeconds(60),
            Duration.ofSeconds(25));

    /** The wait before the next round, after this many failed rounds in a row (0 after a success). */
    public Duration delayAfter(int failuresInARow) {
        if (failuresInARow <= 0) {
            return interval;
        }
        int doublings = Math.min(failuresInARow - 1, 30);
        long millis = firstRetry.toMillis() << doublings;
        return millis <= 0 || millis > longestRetry.toMillis() ? longestRetry : Duration.ofMillis(millis);
    }
}
