package dev.depot.server.platform;

import dev.depot.sync.protocol.SyncJson;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.bind.JsonbException;

/** Reads and writes JSON-B bodies with the protocol's own configuration, so API and sync speak alike. */
public final class JsonBodies {

    private JsonBodies() {
    }

    /** Reads the body as the given type; unreadable JSON is a 400 problem, never a 500. */
    public static <T> T read(ServerRequest req, Class<T> type) {
        String body = req.content().as(String.class);
        if (body == null || body.isBlank()) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "the request has no body; expected JSON");
        }
        try {
            T value = SyncJson.fromJson(body, type);
            if (value == null) {
                throw new ProblemException(ProblemType.MALFORMED_REQUEST, "the body is JSON null; expected an object");
            }
            return value;
        } catch (JsonbException e) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "the body is not valid JSON for this request: "
                    + rootMessage(e));
        }
    }

    public static void send(ServerResponse res, Object body) {
        send(res, Status.OK_200, body);
    }

    public static void send(ServerResponse res, Status status, Object body) {
        res.status(status);
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        res.send(SyncJson.toJson(body));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
