package dev.depot.server.identity;

import dev.depot.server.platform.JsonBodies;
import dev.depot.server.platform.ProblemException;
import dev.depot.server.platform.ProblemType;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Instant;
import java.util.UUID;

/** {@code /api/session}: sign in for API clients (a bearer token), sign out, and who am I. */
public final class SessionRoutes implements HttpService {

    private final Identity identity;

    public SessionRoutes(Identity identity) {
        this.identity = identity;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/", this::signIn)
                .get("/", this::whoAmI)
                .delete("/", this::signOut);
    }

    private void signIn(ServerRequest req, ServerResponse res) {
        Credentials credentials = JsonBodies.read(req, Credentials.class);
        Identity.SignedIn signedIn = identity.signIn(credentials.username(), credentials.password());
        JsonBodies.send(res, Status.CREATED_201, new SessionBody(signedIn.token(), signedIn.expiresAt(), who(signedIn.caller())));
    }

    private void whoAmI(ServerRequest req, ServerResponse res) {
        JsonBodies.send(res, who(Access.caller(req)));
    }

    private void signOut(ServerRequest req, ServerResponse res) {
        if (Access.caller(req).isDevice()) {
            throw new ProblemException(ProblemType.INVALID_STATE, "a device signs out from its own menu; its token is revoked in the admin");
        }
        Authentication.token(req).ifPresent(identity::signOut);
        res.status(Status.NO_CONTENT_204).send();
    }

    private static Who who(Caller caller) {
        return new Who(caller.userId(), caller.username(), caller.displayName(), caller.role().name(), caller.warehouseId());
    }

    /** Sign-in body. */
    public record Credentials(String username, String password) {
    }

    /** The signed-in person as the API shows them. */
    public record Who(UUID id, String username, String displayName, String role, UUID warehouseId) {
    }

    /** A new session. */
    public record SessionBody(String token, Instant expiresAt, Who user) {
    }
}
