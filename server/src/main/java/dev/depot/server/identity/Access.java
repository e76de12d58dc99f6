package dev.depot.server.identity;

import dev.depot.model.identity.Role;
import dev.depot.server.platform.ProblemException;
import dev.depot.server.platform.ProblemType;
import io.helidon.webserver.http.ServerRequest;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The role check every protected handler starts with. */
public final class Access {

    private Access() {
    }

    /**
     * The caller, or a 401 problem when the request carries no valid session or device token: of type
     * {@code device-revoked} for a device the office signed out, so it knows to wipe itself.
     */
    public static Caller caller(ServerRequest req) {
        return req.context().get(Caller.class)
                .orElseThrow(() -> refusal(req.context().get(TokenRefusal.class).orElse(TokenRefusal.UNKNOWN)));
    }

    /** The problem a request is refused with, for this reason: also for one the reason arose in while it waited. */
    public static ProblemException refusal(TokenRefusal reason) {
        return switch (reason) {
            case UNKNOWN -> new ProblemException(ProblemType.UNAUTHENTICATED, "This needs a signed-in user");
            case SESSION_EXPIRED -> new ProblemException(ProblemType.UNAUTHENTICATED, "The session has expired; sign in again");
            case DEVICE_SIGNED_OUT -> new ProblemException(ProblemType.DEVICE_REVOKED,
                    "The office signed this device out: wipe what it holds, then sign in again");
        };
    }

    /** The caller if their role is one of {@code roles}; otherwise 401 or 403. */
    public static Caller require(ServerRequest req, Set<Role> roles) {
        Caller caller = caller(req);
        if (!roles.contains(caller.role())) {
            throw new ProblemException(ProblemType.FORBIDDEN, caller.role().title() + " may not do this; it needs "
                    + roles.stream().map(Role::title).collect(Collectors.joining(" or ")));
        }
        return caller;
    }

    public static Caller require(ServerRequest req, Role first, Role... more) {
        Set<Role> roles = EnumSet.of(first);
        roles.addAll(Arrays.asList(more));
        return require(req, roles);
    }
}
