package dev.depot.server.syncapi;

import dev.depot.model.changes.Scope;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a bootstrap stands: the scope and the snapshot source being copied, and the id of the last
 * record sent from it (the nil id before its first). The next page starts after that record.
 */
record SnapshotPosition(Scope scope, String source, UUID after) {

    private static final String SEPARATOR = "|";

    String encode() {
        String plain = scope.key() + SEPARATOR + source + SEPARATOR + after;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a position a device sent back inside its cursor; anything that is not one of ours is refused. */
    static SnapshotPosition decode(String text) {
        String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
        String[] parts = plain.split("\\" + SEPARATOR, -1);
        if (parts.length != 3 || parts[1].isBlank()) {
            throw new IllegalArgumentException("not a snapshot position");
        }
        return new SnapshotPosition(new Scope(parts[0]), parts[1], UUID.fromString(parts[2]));
    }
}
