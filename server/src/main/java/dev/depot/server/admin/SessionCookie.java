package dev.depot.server.admin;

import dev.depot.server.identity.Authentication;
import io.helidon.http.SetCookie;
import io.helidon.webserver.http.ServerRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The admin's session cookie: unreadable to scripts (HttpOnly), never sent from another site
 * (SameSite=Strict), sent to the admin's pages only (Path=/admin; the API and sync take bearer
 * tokens, never this cookie), Secure whenever the request came over https, and gone when the
 * session expires.
 */
final class SessionCookie {

    private SessionCookie() {
    }

    static SetCookie started(ServerRequest req, String token, Instant expiresAt, Clock clock) {
        Duration lifetime = Duration.between(clock.instant(), expiresAt);
        return cookie(req, token).maxAge(lifetime.isNegative() ? Duration.ZERO : lifetime).build();
    }

    /** An expiry in the past makes the browser drop the cookie at once. */
    static SetCookie cleared(ServerRequest req) {
        return cookie(req, "").expires(Instant.EPOCH).build();
    }

    private static SetCookie.Builder cookie(ServerRequest req, String value) {
        return SetCookie.builder(Authentication.SESSION_COOKIE, value)
                .httpOnly(true)
                .sameSite(SetCookie.SameSite.STRICT)
                .path("/admin")
                .secure("https".equalsIgnoreCase(req.requestedUri().scheme()));
    }
}
