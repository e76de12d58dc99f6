package dev.depot.server.syncapi;

import dev.depot.server.identity.Access;
import dev.depot.server.identity.Identity;
import dev.depot.server.platform.JsonBodies;
import dev.depot.server.platform.ProblemException;
import dev.depot.sync.protocol.PushRequest;
import dev.depot.sync.protocol.RegisterDevice;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Duration;
import java.util.List;

/** {@code /sync}: device registration, push and pull (docs/sync.md). */
public final class SyncRoutes implements HttpService {

    private final Identity identity;
    private final CommandIntake intake;
    private final ChangeDelivery delivery;

    SyncRoutes(Identity identity, CommandIntake intake, ChangeDelivery delivery) {
        this.identity = identity;
        this.intake = intake;
        this.delivery = delivery;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.any(ProtocolCheck::check)
                .post("/devices", this::register)
                .post("/push", this::push)
                .get("/pull", this::pull);
    }

    private void register(ServerRequest req, ServerResponse res) {
        JsonBodies.send(res, Status.CREATED_201, identity.registerDevice(JsonBodies.read(req, RegisterDevice.class)));
    }

    private void push(ServerRequest req, ServerResponse res) {
        var caller = Access.caller(req);
        JsonBodies.send(res, intake.push(caller, JsonBodies.read(req, PushRequest.class)));
    }

    private void pull(ServerRequest req, ServerResponse res) {
        var caller = Access.caller(req);
        String cursor = req.query().first("cursor").orElse(null);
        long resultsAfter = longParam(req, "resultsAfter");
        Duration wait = Duration.ofSeconds(longParam(req, "wait"));
        List<String> only = req.query().all("scope", List::of);
        JsonBodies.send(res, delivery.pull(caller, new ChangeDelivery.Pull(cursor, resultsAfter, wait, only)));
    }

    private static long longParam(ServerRequest req, String name) {
        String value = req.query().first(name).orElse("0");
        try {
            long parsed = Long.parseLong(value);
            if (parsed < 0) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "must be a whole number of 0 or more, got '" + value + "'");
        }
    }
}
