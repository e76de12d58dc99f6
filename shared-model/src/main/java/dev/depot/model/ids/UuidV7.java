package dev.depot.model.ids;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Time-ordered UUIDs (RFC 9562, version 7): made on devices and on the server without
 * coordination, and sortable by creation time, which keeps index inserts local.
 *
 * <p>Within one millisecond the 12 {@code rand_a} bits act as a counter (RFC 9562 §6.2, method 1),
 * so ids from one generator are strictly increasing even when the clock stands still or steps back.
 */
public final class UuidV7 {

    private static final UuidV7 SYSTEM = new UuidV7(Clock.systemUTC());

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private long lastMillis = -1;
    private int counter;

    public UuidV7(Clock clock) {
        this.clock = clock;
    }

    /** A new id from the system clock. */
    public static UUID next() {
        return SYSTEM.generate();
    }

    /** The creation time written into a version 7 id. */
    public static Instant timestampOf(UUID id) {
        if (id.version() != 7) {
            throw new IllegalArgumentException("not a version 7 UUID: " + id);
        }
        return Instant.ofEpochMilli(id.getMostSignificantBits() >>> 16);
    }

    public synchronized UUID generate() {
        long now = clock.millis();
        if (now > lastMillis) {
            lastMillis = now;
            counter = random.nextInt(1 << 11); // leave head-room for the counter within this millisecond
        } else if (++counter >= (1 << 12)) {
            lastMillis++; // counter exhausted: borrow the next millisecond, order is kept
            counter = 0;
        }
        long msb = (lastMillis << 16) | (0x7L << 12) | counter;
        long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }
}
