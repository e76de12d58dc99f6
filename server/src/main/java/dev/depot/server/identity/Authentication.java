package dev.depot.server.identity;

import dev.depot.sync.protocol.AppVersion;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.http.ServerRequest;
import java.util.Optional;

/**
 * Recognises the caller of every request from a bearer token (API clients, devices) or the admin's
 * session cookie, and puts the {@link Caller} in the request context, or, for a token that opens
 * nothing, the {@link TokenRefusal}. It refuses nothing itself: each handler states the roles it needs
 * ({@link Access}), and a refusal then says why (a revoked device must wipe itself, an expired session
 * sign in again).
 */
public final class Authentication implements Filter {

    public static final String SESSION_COOKIE = "depot_session";
    private static final HeaderName APP_VERSION = HeaderNames.create(AppVersion.HEADER);

    private final Identity identity;

    public Authentication(Identity identity) {
        this.identity = identity;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        token(req).map(token -> identity.recognise(new BearerToken(token, appVersion(req)))).ifPresent(check -> {
            switch (check) {
                case TokenCheck.Recognised recognised -> req.context().register(recognised.caller());
                case TokenCheck.Refused refused -> req.context().register(refused.reason());
            }
        });
        chain.proceed();
    }

    /** The app version a device reports with each request; text that is no readable version is not kept. */
    private static Optional<String> appVersion(ServerRequest req) {
        return req.headers().first(APP_VERSION).flatMap(AppVersion::readable);
    }

    /**
     * The caller's token: a bearer token anywhere, the session cookie only on the admin's pages. The
     * API and sync never accept the cookie, so a page on another site cannot make a signed-in
     * browser call them; the admin's forms carry their own CSRF check.
     */
    public static Optional<String> token(ServerRequest req) {
        Optional<String> bearer = req.headers().first(HeaderNames.AUTHORIZATION)
                .filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(h -> h.substring(7).strip());
        if (bearer.isPresent() || !req.path().path().startsWith("/admin")) {
            return bearer;
        }
        return req.headers().cookies().first(SESSION_COOKIE).asOptional();
    }
}
