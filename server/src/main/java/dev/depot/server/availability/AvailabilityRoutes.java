package dev.depot.server.availability;

import dev.depot.model.identity.Role;
import dev.depot.server.catalog.Catalog;
import dev.depot.server.catalog.Item;
import dev.depot.server.identity.Access;
import dev.depot.server.inventory.Inventory;
import dev.depot.server.platform.JsonBodies;
import dev.depot.server.platform.ProblemException;
import dev.depot.server.platform.Transactions;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** {@code /api/availability?warehouse=<code>&item=<sku>}: available to promise by date, with its parts. */
public final class AvailabilityRoutes implements HttpService {

    /** Who promises or plans from availability. */
    static final Set<Role> READERS = EnumSet.of(Role.REP, Role.ORDER_DESK, Role.SUPERVISOR, Role.ACCOUNTANT, Role.ADMIN);

    private final Transactions transactions;
    private final Availability availability;
    private final Inventory inventory;
    private final Catalog catalog;

    public AvailabilityRoutes(Transactions transactions, Availability availability, Inventory inventory, Catalog catalog) {
        this.transactions = transactions;
        this.availability = availability;
        this.inventory = inventory;
        this.catalog = catalog;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::byDate);
    }

    private void byDate(ServerRequest req, ServerResponse res) {
        Access.require(req, READERS);
        String warehouseCode = req.query().first("warehouse").orElseThrow(() -> ProblemException.invalid("warehouse",
                "say which warehouse (its code)"));
        String sku = req.query().first("item").orElseThrow(() -> ProblemException.invalid("item", "say which item (its SKU)"));
        JsonBodies.send(res, transactions.inTransaction(em -> {
            UUID warehouse = inventory.warehouses(em).stream().filter(w -> w.code().equals(warehouseCode)).findFirst()
                    .orElseThrow(() -> ProblemException.invalid("warehouse", "no warehouse " + warehouseCode)).id();
            Item item = catalog.bySku(em, sku).orElseThrow(() -> ProblemException.invalid("item", "no item " + sku));
            return availability.byDate(em, item.id(), warehouse);
        }));
    }
}
