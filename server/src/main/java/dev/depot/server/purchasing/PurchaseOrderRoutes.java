package dev.depot.server.purchasing;

import dev.depot.model.identity.Role;
import dev.depot.model.views.PurchaseOrderView;
import dev.depot.server.identity.Access;
import dev.depot.server.identity.Caller;
import dev.depot.server.platform.Ids;
import dev.depot.server.platform.JsonBodies;
import dev.depot.server.platform.ProblemException;
import dev.depot.server.platform.Transactions;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * {@code /api/purchase-orders}: a purchase order as the receivers see it, and the supplier's advance
 * ship notice for it (the pallets by SSCC and what is on each).
 */
public final class PurchaseOrderRoutes implements HttpService {

    /** Who reads purchase orders. */
    static final Set<Role> READERS = EnumSet.of(Role.RECEIVER, Role.SUPERVISOR, Role.ORDER_DESK, Role.ADMIN);
    /** Who records a supplier's advance ship notice: the receiving warehouse's supervisors, and administrators. */
    static final Set<Role> ANNOUNCERS = EnumSet.of(Role.SUPERVISOR, Role.ADMIN);

    private final Transactions transactions;
    private final PurchaseOrders purchaseOrders;

    public PurchaseOrderRoutes(Transactions transactions, PurchaseOrders purchaseOrders) {
        this.transactions = transactions;
        this.purchaseOrders = purchaseOrders;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/{id}", this::show)
                .post("/{id}/asn", this::announce);
    }

    private void show(ServerRequest req, ServerResponse res) {
        Access.require(req, READERS);
        UUID id = Ids.fromPath(req, "id", "purchase order");
        JsonBodies.send(res, transactions.inTransaction(em -> purchaseOrders.byId(em, id).map(PurchaseOrder::view)
                .orElseThrow(() -> ProblemException.notFound("purchase order " + id))));
    }

    private void announce(ServerRequest req, ServerResponse res) {
        Caller caller = Access.require(req, ANNOUNCERS);
        UUID id = Ids.fromPath(req, "id", "purchase order");
        AdvanceShipNotice notice = JsonBodies.read(req, AdvanceShipNotice.class);
        PurchaseOrderView announced = transactions.inTransaction(em -> purchaseOrders.announce(em, id, notice.pallets(),
                caller.role() == Role.ADMIN ? null : caller.warehouseId()).view());
        JsonBodies.send(res, Status.CREATED_201, announced);
    }

    /** The supplier's advance ship notice: the pallets of the delivery. */
    public record AdvanceShipNotice(List<PurchaseOrders.AnnouncedPallet> pallets) {
    }
}
