package dev.depot.server.transfers;

import dev.depot.model.identity.Role;
import dev.depot.server.identity.Access;
import dev.depot.server.identity.Caller;
import dev.depot.server.platform.Ids;
import dev.depot.server.platform.JsonBodies;
import dev.depot.server.platform.ProblemException;
import dev.depot.server.platform.ProblemType;
import dev.depot.server.platform.Transactions;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * {@code /api/transfers}: open a transfer between warehouses, read one, dispatch it when the truck
 * leaves, and close it short when part of it will never come. The sending warehouse's supervisors
 * and administrators send; the receiving warehouse's close; the order desk reads.
 */
public final class TransferRoutes implements HttpService {

    /** Who reads transfers. */
    static final Set<Role> READERS = EnumSet.of(Role.SUPERVISOR, Role.ORDER_DESK, Role.ADMIN);
    /** Who opens and dispatches them: the sender's supervisors (checked against their warehouse), and administrators. */
    static final Set<Role> SENDERS = EnumSet.of(Role.SUPERVISOR, Role.ADMIN);

    private final Transactions transactions;
    private final Transfers transfers;

    public TransferRoutes(Transactions transactions, Transfers transfers) {
        this.transactions = transactions;
        this.transfers = transfers;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/", this::open)
                .get("/{id}", this::show)
                .post("/{id}/dispatch", this::dispatch)
                .post("/{id}/close", this::close);
    }

    private void open(ServerRequest req, ServerResponse res) {
        Caller caller = Access.require(req, SENDERS);
        Transfers.NewTransfer wanted = JsonBodies.read(req, Transfers.NewTransfer.class);
        JsonBodies.send(res, Status.CREATED_201, transactions.inTransaction(em ->
                transfers.view(em, transfers.open(em, wanted, caller.actor(), ownWarehouse(caller)))));
    }

    private void show(ServerRequest req, ServerResponse res) {
        Access.require(req, READERS);
        UUID id = Ids.fromPath(req, "id", "transfer");
        JsonBodies.send(res, transactions.inTransaction(em -> transfers.byId(em, id).map(t -> transfers.view(em, t))
                .orElseThrow(() -> ProblemException.notFound("transfer " + id))));
    }

    private void dispatch(ServerRequest req, ServerResponse res) {
        Caller caller = Access.require(req, SENDERS);
        UUID id = Ids.fromPath(req, "id", "transfer");
        JsonBodies.send(res, transactions.inTransaction(em ->
                transfers.view(em, transfers.dispatch(em, id, caller.actor(), ownWarehouse(caller)))));
    }

    /** What a closing says: why the rest will not come. */
    public record Closing(String reason) {
    }

    private void close(ServerRequest req, ServerResponse res) {
        Caller caller = Access.require(req, SENDERS);
        UUID id = Ids.fromPath(req, "id", "transfer");
        Closing closing = JsonBodies.read(req, Closing.class);
        JsonBodies.send(res, transactions.inTransaction(em ->
                transfers.view(em, transfers.closeShort(em, id, closing.reason(), caller.actor(), ownWarehouse(caller)))));
    }

    /** The warehouse a supervisor works at, whose transfers they send or close; none for an administrator, who may act for any. */
    private static UUID ownWarehouse(Caller caller) {
        if (caller.role() == Role.ADMIN) {
            return null;
        }
        if (caller.warehouseId() == null) {
            throw new ProblemException(ProblemType.FORBIDDEN, "you work at no warehouse, so you move no stock between warehouses");
        }
        return caller.warehouseId();
    }
}
