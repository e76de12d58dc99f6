package dev.depot.sync.feed;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * Where a device stands in the change feed: the last {@code (txid, seq)} it was served, within a
 * database {@code epoch}. A cursor from another epoch (the database was restored or replaced) is
 * recognised and answered with a fresh copy instead of a silent gap. Devices treat it as opaque text.
 */
public record FeedCursor(String epoch, long txid, long seq) implements Comparable<FeedCursor> {

    public FeedCursor {
        Objects.requireNonNull(epoch, "epoch");
        if (epoch.isBlank() || epoch.contains(":")) {
            throw new IllegalArgumentException("an epoch is a non-blank name without ':', got '" + epoch + "'");
        }
    }

    public String encode() {
        String plain = epoch + ":" + txid + ":" + seq;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor a device sent back; anything that is not one of ours is refused. */
    public static FeedCursor decode(String text) {
        if (text == null) {
            throw new IllegalArgumentException("not a feed cursor: none was sent");
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            String[] parts = plain.split(":", -1); // -1 keeps empty trailing parts, so "e:1:2:" is refused
            if (parts.length != 3) {
                throw new IllegalArgumentException("not a feed cursor");
            }
            return new FeedCursor(parts[0], Long.parseLong(parts[1]), Long.parseLong(parts[2]));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a feed cursor: " + text, e);
        }
    }

    public boolean isBefore(long otherTxid, long otherSeq) {
        return txid < otherTxid || (txid == otherTxid && seq < otherSeq);
    }

    /** Orders cursors of one epoch by {@code (txid, seq)}; across epochs the order means nothing. */
    @Override
    public int compareTo(FeedCursor other) {
        int byTxid = Long.compare(txid, other.txid);
        return byTxid != 0 ? byTxid : Long.compare(seq, other.seq);
    }
}
