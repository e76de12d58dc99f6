package dev.depot.sync.feed;

/**
 * The rule for a device's command sequence: the server applies commands strictly in {@code seq}
 * order, answers an already applied one with its stored result, and refuses a gap.
 */
public enum CommandOrder {
    /** Already applied: answer with the stored result. */
    REPLAY,
    /** The next one: apply it. */
    NEXT,
    /** A command is missing before this one: a protocol error, nothing is applied. */
    GAP;

    /**
     * Where a command with {@code seq} stands, the device's last applied command being
     * {@code lastApplied} (0 before its first). A seq below 1 was never issued, so it can be neither
     * replayed nor applied: it is refused as malformed.
     */
    public static CommandOrder of(long seq, long lastApplied) {
        if (seq < 1 || lastApplied < 0) {
            throw new IllegalArgumentException("command seqs start at 1, got seq " + seq + " after " + lastApplied);
        }
        if (seq <= lastApplied) {
            return REPLAY;
        }
        return seq == lastApplied + 1 ? NEXT : GAP;
    }
}
