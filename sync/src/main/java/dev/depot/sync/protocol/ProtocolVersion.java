package dev.depot.sync.protocol;

/**
 * The sync protocol's version, sent in the {@value #HEADER} header of every request. A server speaks
 * its {@link #CURRENT} version and the one before, so a fleet of devices can be updated over days
 * rather than all at once; anything else is refused with {@code 426} and says who must update.
 */
public final class ProtocolVersion {

    public static final String HEADER = "Depot-Protocol";
    /** The first version there was; no client ever announces less. */
    public static final int FIRST = 1;
    public static final int CURRENT = 1;
    /** The oldest client version the server still serves: the previous one (there is none before the first). */
    public static final int OLDEST_SUPPORTED = Math.max(FIRST, CURRENT - 1);

    private ProtocolVersion() {
    }

    /** How a server speaking {@link #CURRENT} stands to a client announcing {@code version}. */
    public enum Support {
        SUPPORTED,
        /** The app is older than the server still serves: the app must be updated. */
        CLIENT_TOO_OLD,
        /** The app is newer than this server: the server must be updated first. */
        CLIENT_TOO_NEW
    }

    public static Support of(int version) {
        if (version < OLDEST_SUPPORTED) {
            return Support.CLIENT_TOO_OLD;
        }
        return version > CURRENT ? Support.CLIENT_TOO_NEW : Support.SUPPORTED;
    }

    public static boolean isSupported(int version) {
        return of(version) == Support.SUPPORTED;
    }
}
