package dev.depot.server.admin;

import dev.depot.server.identity.Authentication;
import dev.depot.server.identity.Caller;
import io.helidon.webserver.http.ServerRequest;
import java.util.Optional;

/**
 * Someone signed in to the admin: who they are (recognised by the {@link Authentication} filter from
 * the session cookie), the session token, and the CSRF token their forms must carry.
 */
record AdminSession(Caller caller, String token, String csrf) {

    static Optional<AdminSession> of(ServerRequest req, Csrf csrf) {
        Optional<String> token = req.headers().cookies().first(Authentication.SESSION_COOKIE).asOptional()
                .filter(t -> !t.isBlank());
        Optional<Caller> caller = req.context().get(Caller.class);
        if (token.isEmpty() || caller.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AdminSession(caller.get(), token.get(), csrf.tokenFor(token.get())));
    }

    /** Never prints the tokens: a session in a log line must not be a session someone can reuse. */
    @Override
    public String toString() {
        return "AdminSession[" + caller.username() + "]";
    }
}
