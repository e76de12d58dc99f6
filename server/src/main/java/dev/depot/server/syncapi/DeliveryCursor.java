package dev.depot.server.syncapi;

import dev.depot.model.changes.Scope;
import dev.depot.sync.feed.FeedCursor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * What a device's cursor says: where it stands in the feed, for which set of scopes, and, while a
 * fresh copy is under way, where the copy stands ({@code snapshot}). During a bootstrap {@code feed}
 * is the horizon taken before its first page, where deltas continue once the copy is complete.
 * When the device's scopes change (a customer reassigned, a picker moved to another warehouse), its
 * cursor no longer fits and it gets a fresh copy: the new scopes' data arrives, the lost scopes' data goes.
 */
record DeliveryCursor(FeedCursor feed, String scopes, Optional<SnapshotPosition> snapshot) {

    private static final String SEPARATOR = "~";

    /** A cursor that continues with deltas after {@code feed}. */
    static DeliveryCursor delta(FeedCursor feed, List<Scope> scopes) {
        return new DeliveryCursor(feed, fingerprint(scopes), Optional.empty());
    }

    /** A cursor in the middle of a fresh copy that started at {@code horizon}. */
    static DeliveryCursor bootstrap(FeedCursor horizon, List<Scope> scopes, SnapshotPosition position) {
        return new DeliveryCursor(horizon, fingerprint(scopes), Optional.of(position));
    }

    String encode() {
        return feed.encode() + SEPARATOR + scopes + snapshot.map(p -> SEPARATOR + p.encode()).orElse("");
    }

    /** The cursor a device sent back; text that is not one of ours is refused. */
    static DeliveryCursor decode(String text) {
        String[] parts = text.split(SEPARATOR, -1);
        if (parts.length < 2 || parts.length > 3 || !parts[1].matches("[0-9a-f]{24}")) {
            throw new IllegalArgumentException("not a delivery cursor");
        }
        Optional<SnapshotPosition> snapshot = parts.length == 3 ? Optional.of(SnapshotPosition.decode(parts[2])) : Optional.empty();
        return new DeliveryCursor(FeedCursor.decode(parts[0]), parts[1], snapshot);
    }

    /** Whether this cursor can be continued for these scopes in this database; otherwise a fresh copy starts. */
    boolean fits(String epoch, List<Scope> currentScopes) {
        return feed.epoch().equals(epoch) && scopes.equals(fingerprint(currentScopes));
    }

    private static String fingerprint(List<Scope> scopes) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            scopes.stream().map(Scope::key).sorted().forEach(key -> sha.update((key + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
