package dev.depot.server.platform;

import dev.depot.sync.protocol.SyncJson;
import io.helidon.http.HeaderNames;
import io.helidon.http.RequestException;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.UUID;

/**
 * The one place that turns exceptions into {@code application/problem+json} answers. Unexpected
 * failures are logged with an incident id and answered without internals.
 */
public final class HttpProblems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final Logger LOG = System.getLogger(HttpProblems.class.getName());

    private HttpProblems() {
    }

    public static void register(HttpRouting.Builder routing) {
        routing.error(ProblemException.class, (req, res, e) -> write(res, e.problem()));
        routing.error(RequestException.class, (req, res, e) -> write(res, new Problem(
                ProblemType.MALFORMED_REQUEST.uri(), ProblemType.MALFORMED_REQUEST.title(), e.status().code(),
                e.getMessage(), null)));
        routing.error(Exception.class, (req, res, e) -> {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.ERROR, "incident " + incident + " on " + req.prologue().method() + " " + req.path().path(), e);
            write(res, Problem.of(ProblemType.INTERNAL, "The error was logged as incident " + incident, List.of()));
        });
    }

    /** The last route of the API: a path (or method) it does not have is a problem too, not a plain 404 page. */
    public static void noSuchEndpoint(ServerRequest req, ServerResponse res) {
        write(res, Problem.of(ProblemType.NOT_FOUND, "there is no " + req.prologue().method().text() + " " + req.path().path()
                + " in the Depot API (see /openapi)", List.of()));
    }

    public static void write(ServerResponse res, Problem problem) {
        res.status(Status.create(problem.status()));
        res.header(HeaderNames.CONTENT_TYPE, MEDIA_TYPE);
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        res.send(SyncJson.toJson(problem));
    }
}
