package dev.depot.sync.protocol;

import java.util.Optional;

/**
 * The app version a device reports: in its registration, and in the {@value #HEADER} header of every
 * request after it, so the back office sees which version each device runs.
 */
public final class AppVersion {

    public static final String HEADER = "Depot-App-Version";
    /** The most the server keeps; a longer text is no version anyone would read. */
    public static final int MAX_LENGTH = 40;

    private AppVersion() {
    }

    /** The version as given, stripped, if it is one a person can read: printable ASCII, at most {@value #MAX_LENGTH} characters. */
    public static Optional<String> readable(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String version = text.strip();
        boolean printable = version.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
        return printable && version.length() <= MAX_LENGTH ? Optional.of(version) : Optional.empty();
    }
}
