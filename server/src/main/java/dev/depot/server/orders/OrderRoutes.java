package dev.depot.server.orders;

import dev.depot.model.commands.PlaceOrder;
import dev.depot.model.identity.Role;
import dev.depot.model.ids.UuidV7;
import dev.depot.model.views.OrderStatus;
import dev.depot.model.views.OrderView;
import dev.depot.server.billing.Invoice;
import dev.depot.server.identity.Access;
import dev.depot.server.identity.Caller;
import dev.depot.server.platform.Ids;
import dev.depot.server.platform.JsonBodies;
import dev.depot.server.platform.Paging;
import dev.depot.server.platform.ProblemException;
import dev.depot.server.platform.Transactions;
import dev.depot.server.shipping.Carton;
import dev.depot.server.shipping.Shipping;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@code /api/orders}: the order desk's API. Handlers only translate; the use cases decide. The role
 * sets are public so the web admin offers each action to exactly the roles the API lets do it.
 */
public final class OrderRoutes implements HttpService {

    public static final Set<Role> READERS = EnumSet.of(Role.ORDER_DESK, Role.SUPERVISOR, Role.ACCOUNTANT, Role.ADMIN);
    public static final Set<Role> CAPTURERS = EnumSet.of(Role.ORDER_DESK, Role.REP);
    public static final Set<Role> RELEASERS = EnumSet.of(Role.ORDER_DESK, Role.SUPERVISOR, Role.ADMIN);
    public static final Set<Role> CREDIT_CONTROL = EnumSet.of(Role.ACCOUNTANT, Role.ADMIN);
    public static final Set<Role> SHIPPERS = EnumSet.of(Role.SUPERVISOR, Role.ORDER_DESK, Role.ADMIN);
    public static final Set<Role> INVOICERS = EnumSet.of(Role.ACCOUNTANT, Role.ORDER_DESK, Role.ADMIN);

    private final Transactions transactions;
    private final Orders orders;
    private final OrderCapture capture;
    private final OrderSteps steps;

    public OrderRoutes(Transactions transactions, Orders orders, OrderCapture capture, OrderSteps steps) {
        this.transactions = transactions;
        this.orders = orders;
        this.capture = capture;
        this.steps = steps;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::search)
                .post("/", this::place)
                .get("/{id}", this::detail)
                .post("/{id}/release", this::release)
                .post("/{id}/rush", this::rush)
                .post("/{id}/release-hold", this::releaseHold)
                .post("/{id}/cartons", this::pack)
                .post("/{id}/ship", this::ship)
                .post("/{id}/invoice", this::invoice);
    }

    private void search(ServerRequest req, ServerResponse res) {
        Access.require(req, READERS);
        OrderStatus status = req.query().first("status").map(OrderRoutes::status).orElse(null);
        String text = req.query().first("q").orElse(null);
        int offset = Paging.offset(req);
        int limit = Paging.limit(req);
        List<OrderView> page = transactions.inTransaction(em ->
                orders.search(em, status, text, offset, limit).stream().map(SalesOrder::view).toList());
        JsonBodies.send(res, page);
    }

    private void detail(ServerRequest req, ServerResponse res) {
        Access.require(req, READERS);
        UUID id = Ids.fromPath(req, "id", "order");
        JsonBodies.send(res, transactions.inTransaction(em -> {
            SalesOrder order = orders.byId(em, id).orElseThrow(() -> ProblemException.notFound("order " + id));
            List<TimelineEntry> timeline = orders.timeline(em, id).stream()
                    .map(e -> new TimelineEntry(e.at(), e.kind(), e.detail(), e.actor())).toList();
            return new OrderDetail(order.view(), timeline);
        }));
    }

    private void place(ServerRequest req, ServerResponse res) {
        Caller caller = Access.require(req, CAPTURERS);
        OrderRequest body = JsonBodies.read(req, OrderRequest.class);
        PlaceOrder command = new PlaceOrder(body.orderId() == null ? UuidV7.next() : body.orderId(), body.customerId(), body.lines(),
                null, body.customerReference(), body.shipToId());
        CaptureResult result = transactions.inTransaction(em -> capture.capture(em, command, caller, null));
        JsonBodies.send(res, Status.CREATED_201, new Placed(result.order().view(), result.outcome().name(), result.message()));
    }

    private void release(ServerRequest req, ServerResponse res) {
        Caller caller = Access.require(req, RELEASERS);
        UUID id = Ids.fromPath(req, "id", "order");
        JsonBodies.send(res, transactions.inTransaction(em -> steps.release().release(em, id, caller).view()));
    }

    private void rush(ServerRequest req, ServerResponse res) {
        Caller caller = Access.require(req, RELEASERS);
        UUID id = Ids.fromPath(req, "id", "order");
        JsonBodies.send(res, transactions.inTransaction(em -> steps.release().rush(em, id, caller).view()));
    }

    private void releaseHold(ServerRequest req, ServerResponse res) {
        Caller caller = Access.require(req, CREDIT_CONTROL);
        UUID id = Ids.fromPath(req, "id", "order");
        String reason = JsonBodies.read(req, HoldRelease.class).reason();
        JsonBodies.send(res, transactions.inTransaction(em -> steps.releaseHold().releaseHold(em, id, caller, reason).view()));
    }

    private void pack(ServerRequest req, ServerResponse res) {
        Caller caller = Access.require(req, SHIPPERS);
        UUID id = Ids.fromPath(req, "id", "order");
        CartonRequest body = JsonBodies.read(req, CartonRequest.class);
        Map<Integer, BigDecimal> quantities = new LinkedHashMap<>();
        for (CartonRequest.Line line : body.lines() == null ? List.<CartonRequest.Line>of() : body.lines()) {
            if (line.lineNumber() == null || line.quantity() == null) {
                throw ProblemException.invalid("lines", "each line names a lineNumber and a quantity");
            }
            quantities.merge(line.lineNumber(), line.quantity(), BigDecimal::add);
        }
        Carton carton = transactions.inTransaction(em -> steps.pack().pack(em, id, quantities, body.weightKg(), caller));
        JsonBodies.send(res, Status.CREATED_201, new PackedCarton(carton.sscc().digits(), carton.number(), carton.units()));
    }

    private void ship(ServerRequest req, ServerResponse res) {
        Caller caller = Access.require(req, SHIPPERS);
        UUID id = Ids.fromPath(req, "id", "order");
        Shipping.Handover handover = req.content().hasEntity() ? JsonBodies.read(req, Shipping.Handover.class)
                : Shipping.Handover.AS_ORDERED;
        JsonBodies.send(res, transactions.inTransaction(em -> steps.ship().ship(em, id, handover, caller).view()));
    }

    private void invoice(ServerRequest req, ServerResponse res) {
        Caller caller = Access.require(req, INVOICERS);
        UUID id = Ids.fromPath(req, "id", "order");
        Invoice invoice = transactions.inTransaction(em -> steps.invoice().invoice(em, id, caller));
        JsonBodies.send(res, Status.CREATED_201, new InvoiceSummary(invoice.id(), invoice.number(), invoice.total().toString(),
                invoice.issuedAt()));
    }


    private static OrderStatus status(String text) {
        try {
            return OrderStatus.valueOf(text.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "unknown status '" + text + "'");
        }
    }

    /**
     * An order as the order desk sends it; {@code orderId} is optional and makes a retry safe, {@code shipToId}
     * is optional and defaults to the customer's default ship-to.
     */
    public record OrderRequest(UUID orderId, UUID customerId, List<PlaceOrder.Line> lines, String customerReference, UUID shipToId) {
    }

    /** The answer to placing an order. */
    public record Placed(OrderView order, String outcome, String message) {
    }

    /** An order with its timeline. */
    public record OrderDetail(OrderView order, List<TimelineEntry> timeline) {
    }

    /** One timeline step. */
    public record TimelineEntry(Instant at, String kind, String detail, String actor) {
    }

    /** A carton to pack: so many of each order line (by its number), and its weight in kg (optional). */
    public record CartonRequest(List<Line> lines, BigDecimal weightKg) {

        public record Line(Integer lineNumber, BigDecimal quantity) {
        }
    }

    /** The carton packed: its SSCC (for its label), its number within the order and the units in it. */
    public record PackedCarton(String sscc, int number, BigDecimal units) {
    }

    /** Why a credit hold is lifted. */
    public record HoldRelease(String reason) {
    }

    /** The invoice an order got. */
    public record InvoiceSummary(UUID id, String number, String total, Instant issuedAt) {
    }
}
