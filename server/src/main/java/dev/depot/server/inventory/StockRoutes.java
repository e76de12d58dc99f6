package dev.depot.server.inventory;

import dev.depot.model.identity.Role;
import dev.depot.server.identity.Access;
import dev.depot.server.platform.JsonBodies;
import dev.depot.server.platform.ProblemException;
import dev.depot.server.platform.Transactions;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.EnumSet;
import java.util.UUID;

/** {@code /api/stock}: warehouses, and on hand / reserved / available per item in one of them. */
public final class StockRoutes implements HttpService {

    private final Transactions transactions;
    private final Inventory inventory;

    public StockRoutes(Transactions transactions, Inventory inventory) {
        this.transactions = transactions;
        this.inventory = inventory;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/warehouses", this::warehouses)
                .get("/", this::positions);
    }

    private void warehouses(ServerRequest req, ServerResponse res) {
        Access.require(req, EnumSet.allOf(Role.class));
        JsonBodies.send(res, transactions.inTransaction(em -> inventory.warehouses(em).stream()
                .map(w -> new WarehouseBody(w.id(), w.code(), w.name())).toList()));
    }

    private void positions(ServerRequest req, ServerResponse res) {
        Access.require(req, EnumSet.of(Role.ORDER_DESK, Role.SUPERVISOR, Role.ACCOUNTANT, Role.ADMIN));
        String warehouse = req.query().first("warehouse")
                .orElseThrow(() -> ProblemException.invalid("warehouse", "say which warehouse (its id)"));
        UUID warehouseId;
        try {
            warehouseId = UUID.fromString(warehouse);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("warehouse", "not a warehouse id: " + warehouse);
        }
        JsonBodies.send(res, transactions.inTransaction(em -> inventory.positions(em, warehouseId)));
    }

    /** A warehouse as the API lists it. */
    public record WarehouseBody(UUID id, String code, String name) {
    }
}
