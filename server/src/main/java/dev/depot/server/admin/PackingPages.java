package dev.depot.server.admin;

import dev.depot.model.gs1.Gs1FormatException;
import dev.depot.model.gs1.Sscc;
import dev.depot.model.identity.Role;
import dev.depot.model.views.OrderStatus;
import dev.depot.server.identity.Caller;
import dev.depot.server.inventory.Inventory;
import dev.depot.server.inventory.Warehouse;
import dev.depot.server.orders.OrderLine;
import dev.depot.server.orders.OrderRoutes;
import dev.depot.server.orders.OrderSteps;
import dev.depot.server.orders.Orders;
import dev.depot.server.orders.SalesOrder;
import dev.depot.server.platform.Ids;
import dev.depot.server.platform.ProblemException;
import dev.depot.server.platform.ProblemType;
import dev.depot.server.platform.Transactions;
import dev.depot.server.shipping.Carton;
import dev.depot.server.shipping.Shipping;
import dev.depot.server.waves.Carrier;
import dev.depot.server.waves.Waves;
import io.helidon.common.parameters.Parameters;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@code /admin/packing}: the pack station. The queue of a warehouse's picked orders; for one order,
 * a carton at a time (its SSCC label printed from here), the packing slip, and the handover to the
 * carrier with its tracking number and who took the goods, which ships the order.
 */
final class PackingPages implements HttpService {

    /** Who packs and ships: the people who may confirm a shipment. */
    static final Set<Role> ROLES = OrderRoutes.SHIPPERS;

    private final Transactions transactions;
    private final Orders orders;
    private final OrderSteps steps;
    private final Shipping shipping;
    private final Waves waves;
    private final Inventory inventory;
    private final AdminGuard guard;
    private final Pages pages;
    private final Display display;

    PackingPages(Transactions transactions, Orders orders, OrderSteps steps, Shipping shipping, Waves waves, Inventory inventory,
                 AdminGuard guard, Pages pages, Display display) {
        this.transactions = transactions;
        this.orders = orders;
        this.steps = steps;
        this.shipping = shipping;
        this.waves = waves;
        this.inventory = inventory;
        this.guard = guard;
        this.pages = pages;
        this.display = display;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/packing", guard.page(this::queue))
                .get("/packing/cartons/{sscc}/label", guard.page(this::label))
                .get("/packing/{id}", guard.page(this::bench))
                .get("/packing/{id}/slip", guard.page(this::slip))
                .post("/packing/{id}/cartons", guard.form(this::pack))
                .post("/packing/{id}/ship", guard.form(this::ship));
    }

    private void queue(ServerRequest req, ServerResponse res, AdminSession session) {
        Caller caller = require(session.caller());
        PackingView.Queue view = transactions.inTransaction(em -> {
            ChosenWarehouse chosen = ChosenWarehouse.of(em, inventory, caller, req.query().first("warehouse").orElse(""));
            List<PackingView.Waiting> waiting = orders.inWarehouse(em, chosen.warehouse().id(), OrderStatus.PICKED).stream()
                    .map(o -> new PackingView.Waiting(o.number(), o.customerName(), carrier(em, o.carrierCode()),
                            (int) o.lines().stream().filter(l -> l.picked().signum() > 0).count(),
                            Display.quantity(o.lines().stream().map(OrderLine::picked).reduce(BigDecimal.ZERO, BigDecimal::add)),
                            shipping.cartons(em, o.id()).size(), PackingView.benchPath(o.id().toString())))
                    .toList();
            return new PackingView.Queue(Layout.of("Packing", Layout.Section.PACKING, session), chosen.choices(),
                    chosen.warehouse().code(), waiting);
        });
        pages.render(res, Status.OK_200, "packingQueue", view);
    }

    private void bench(ServerRequest req, ServerResponse res, AdminSession session) {
        UUID id = Ids.fromPath(req, "id", "order");
        Notice notice = req.query().first("done").filter("packed"::equals)
                .map(d -> Notice.success("Carton packed: print its label and put it on the carton.")).orElse(null);
        renderBench(res, Status.OK_200, session, id, notice);
    }

    /** A carton with the quantities the form gives per line (blank: none). */
    private void pack(ServerRequest req, ServerResponse res, AdminSession session, Parameters form) {
        UUID id = Ids.fromPath(req, "id", "order");
        try {
            Caller caller = require(session.caller());
            transactions.run(em -> {
                SalesOrder order = orderAt(em, id, caller);
                Map<Integer, BigDecimal> quantities = new LinkedHashMap<>();
                for (OrderLine line : order.lines()) {
                    form.first(PackingView.LineToPack.field(line.lineNumber())).map(String::strip).filter(text -> !text.isEmpty())
                            .ifPresent(text -> quantities.put(line.lineNumber(),
                                    number(text, "lines", line.sku() + ": “" + text + "” is no quantity")));
                }
                String weight = form.first("weight").orElse("").strip();
                steps.pack().pack(em, id, quantities, weight.isEmpty() ? null : number(weight, "weightKg", "“" + weight + "” is no weight in kg"),
                        caller);
            });
            Pages.redirect(res, PackingView.benchPath(id.toString()) + "?done=packed");
        } catch (ProblemException e) {
            renderBench(res, e.type().status(), session, id, Notice.error("Nothing was packed: " + AdminGuard.refusal(e)));
        }
    }

    /** The cartons leave: the order is shipped with the carrier, tracking number and name the form gives. */
    private void ship(ServerRequest req, ServerResponse res, AdminSession session, Parameters form) {
        UUID id = Ids.fromPath(req, "id", "order");
        try {
            Caller caller = require(session.caller());
            Shipping.Handover handover = new Shipping.Handover(form.first("carrier").orElse(null), form.first("tracking").orElse(null),
                    form.first("handedTo").orElse(null));
            transactions.run(em -> {
                orderAt(em, id, caller);
                steps.ship().ship(em, id, handover, caller);
            });
            Pages.redirect(res, OrderDetails.path(id) + "?done=" + OrderAction.SHIP.slug());
        } catch (ProblemException e) {
            renderBench(res, e.type().status(), session, id, Notice.error("The order has not left: " + AdminGuard.refusal(e)));
        }
    }

    private void label(ServerRequest req, ServerResponse res, AdminSession session) {
        Caller caller = require(session.caller());
        String text = req.path().pathParameters().get("sscc");
        PackingView.Label view = transactions.inTransaction(em -> {
            Carton carton = sscc(text).flatMap(sscc -> shipping.carton(em, sscc))
                    .orElseThrow(() -> ProblemException.notFound("carton " + text));
            SalesOrder order = orderAt(em, carton.orderId(), caller);
            int cartons = shipping.cartons(em, order.id()).size();
            return new PackingView.Label(Layout.of("Label " + carton.sscc(), Layout.Section.PACKING, session), warehouseName(em, order), order.shipTo() == null ? "—" : order.shipTo(), order.customerName(),
                    carrier(em, order.carrierCode()), order.number(), carton.number() + " of " + cartons,
                    carton.weightKg() == null ? "—" : Display.quantity(carton.weightKg()) + " kg", Barcode.of(carton.sscc()));
        });
        pages.render(res, Status.OK_200, "cartonLabel", view);
    }

    private void slip(ServerRequest req, ServerResponse res, AdminSession session) {
        Caller caller = require(session.caller());
        UUID id = Ids.fromPath(req, "id", "order");
        PackingView.Slip view = transactions.inTransaction(em -> {
            SalesOrder order = orderAt(em, id, caller);
            return new PackingView.Slip(Layout.of("Packing slip " + order.number(), Layout.Section.PACKING, session), header(em, order), display.time(order.placedAt()),
                    order.customerReference() == null ? "—" : order.customerReference(),
                    shipping.cartons(em, id).stream().map(c -> new PackingView.SlipCarton(c.number(), c.sscc().humanReadable(),
                            c.lines().stream().map(l -> new PackingView.SlipLine(l.sku(), l.itemName(), Display.quantity(l.quantity())))
                                    .toList())).toList());
        });
        pages.render(res, Status.OK_200, "packingSlip", view);
    }

    private void renderBench(ServerResponse res, Status status, AdminSession session, UUID id, Notice notice) {
        Caller caller = require(session.caller());
        PackingView.Bench view = transactions.inTransaction(em -> {
            SalesOrder order = orderAt(em, id, caller);
            Map<UUID, BigDecimal> packed = shipping.packedPerLine(em, id);
            List<PackingView.LineToPack> lines = order.lines().stream().filter(l -> l.picked().signum() > 0).map(l -> {
                BigDecimal inCartons = packed.getOrDefault(l.id(), BigDecimal.ZERO);
                BigDecimal left = l.picked().subtract(inCartons);
                return new PackingView.LineToPack(l.lineNumber(), l.sku(), l.itemName(), Display.quantity(l.picked()),
                        Display.quantity(inCartons), Display.quantity(left), left.signum() > 0);
            }).toList();
            List<PackingView.CartonRow> cartons = shipping.cartons(em, id).stream().map(c -> new PackingView.CartonRow(c.number(),
                    c.sscc().humanReadable(), Display.quantity(c.units()), c.weightKg() == null ? "—" : Display.quantity(c.weightKg()) + " kg",
                    PackingView.PATH + "/cartons/" + c.sscc().digits() + "/label")).toList();
            List<PackingView.CarrierChoice> carriers = waves.carriers(em).stream().map(c -> new PackingView.CarrierChoice(c.code(),
                    c.name() + " · " + c.cutoff(), c.code().equals(order.carrierCode()))).toList();
            return new PackingView.Bench(Layout.of("Pack " + order.number(), Layout.Section.PACKING, session), notice, header(em, order),
                    lines, cartons, carriers, session.csrf());
        });
        pages.render(res, status, "packingBench", view);
    }

    /** The order, if it ships from the caller's warehouse (anyone's, for people of no one warehouse). */
    private SalesOrder orderAt(EntityManager em, UUID id, Caller caller) {
        SalesOrder order = orders.byId(em, id).orElseThrow(() -> ProblemException.notFound("order " + id));
        if (caller.warehouseId() != null && !caller.warehouseId().equals(order.warehouseId())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "order " + order.number() + " ships from another warehouse than yours");
        }
        return order;
    }

    private PackingView.Header header(EntityManager em, SalesOrder order) {
        return new PackingView.Header(order.id().toString(), order.number(), order.customerName(), warehouseName(em, order),
                order.shipTo() == null ? "—" : order.shipTo(), carrier(em, order.carrierCode()), OrderDetails.path(order.id()));
    }

    private String warehouseName(EntityManager em, SalesOrder order) {
        return inventory.warehouse(em, order.warehouseId()).map(Warehouse::name).orElse("");
    }

    private String carrier(EntityManager em, String code) {
        return code == null ? "No carrier" : waves.carrier(em, code).map(Carrier::name).orElse(code);
    }

    private static Optional<Sscc> sscc(String text) {
        try {
            return Optional.of(new Sscc(text));
        } catch (Gs1FormatException e) {
            return Optional.empty();
        }
    }

    private static BigDecimal number(String text, String field, String message) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(field, message);
        }
    }

    private static Caller require(Caller caller) {
        return AdminGuard.allowed(caller, ROLES, "pack or ship orders");
    }
}
