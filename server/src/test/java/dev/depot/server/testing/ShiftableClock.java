package dev.depot.server.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The system clock, plus however far a test has moved it on: time keeps flowing (long polls and
 * timeouts behave), and a test can jump ahead to what happens after a session's lifetime. Safe to
 * read from the server's threads.
 */
public final class ShiftableClock extends Clock {

    private volatile Duration shift = Duration.ZERO;

    public void advance(Duration duration) {
        shift = shift.plus(duration);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(shift);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the server runs in UTC");
    }
}
