package dev.depot.server.identity;

import java.util.Optional;

/**
 * A token as a request presents it, with the app version a device reports beside it (the
 * {@code Depot-App-Version} header), which the device's record keeps.
 */
public record BearerToken(String value, Optional<String> appVersion) {

    public static BearerToken of(String value) {
        return new BearerToken(value, Optional.empty());
    }
}
