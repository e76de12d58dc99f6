package dev.depot.server.syncapi;

import dev.depot.server.platform.HttpProblems;
import dev.depot.server.platform.Problem;
import dev.depot.server.platform.ProblemException;
import dev.depot.server.platform.ProblemType;
import dev.depot.sync.protocol.ProtocolVersion;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;

/**
 * The version check in front of every sync request: the server serves its current protocol version
 * and the one before; anything else is a {@code 426} that says who must update, the app or the
 * server. A request without {@code Depot-Protocol} (curl, a script) is taken as the current version.
 */
final class ProtocolCheck {

    static final HeaderName PROTOCOL = HeaderNames.create(ProtocolVersion.HEADER);

    private ProtocolCheck() {
    }

    static void check(ServerRequest req, ServerResponse res) {
        res.header(PROTOCOL, Integer.toString(ProtocolVersion.CURRENT)); // every answer says what this server speaks
        int version = announced(req);
        switch (ProtocolVersion.of(version)) {
            case SUPPORTED -> res.next();
            case CLIENT_TOO_OLD -> refuse(res, "This app speaks sync protocol " + version
                    + ", which this server no longer serves (it serves " + served() + "). Update the app.");
            case CLIENT_TOO_NEW -> refuse(res, "This app speaks sync protocol " + version + ", newer than this server (it serves "
                    + served() + "). The server must be updated first: tell the office.");
        }
    }

    /** Written here rather than thrown, so the answer keeps the header that names the version this server speaks. */
    private static void refuse(ServerResponse res, String detail) {
        HttpProblems.write(res, Problem.of(ProblemType.UNSUPPORTED_PROTOCOL, detail, List.of()));
    }

    private static int announced(ServerRequest req) {
        String value = req.headers().first(PROTOCOL).orElse(Integer.toString(ProtocolVersion.CURRENT));
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, ProtocolVersion.HEADER + " must be a whole number, got '"
                    + value + "'");
        }
    }

    private static String served() {
        return ProtocolVersion.OLDEST_SUPPORTED == ProtocolVersion.CURRENT
                ? "version " + ProtocolVersion.CURRENT
                : "versions " + ProtocolVersion.OLDEST_SUPPORTED + " to " + ProtocolVersion.CURRENT;
    }
}
