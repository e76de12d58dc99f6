package dev.depot.server.admin;

import dev.depot.model.identity.Role;
import dev.depot.model.money.Money;
import dev.depot.server.catalog.Catalog;
import dev.depot.server.catalog.Item;
import dev.depot.server.counting.CountStatus;
import dev.depot.server.counting.CountTask;
import dev.depot.server.counting.Counting;
import dev.depot.server.identity.Caller;
import dev.depot.server.inventory.Inventory;
import dev.depot.server.inventory.Location;
import dev.depot.server.inventory.Warehouse;
import dev.depot.server.platform.Ids;
import dev.depot.server.platform.ProblemException;
import dev.depot.server.platform.Transactions;
import io.helidon.common.parameters.Parameters;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@code /admin/counts}: a warehouse's cycle counts for its supervisors (administrators choose the
 * warehouse): inventory accuracy, the count differences that wait for approval (accept: the books
 * follow; or have the bin counted again), the counts on the floor, and a form to ask for a count.
 */
final class CountPages implements HttpService {

    static final Set<Role> ROLES = EnumSet.of(Role.SUPERVISOR, Role.ADMIN);

    private final Transactions transactions;
    private final Counting counting;
    private final Inventory inventory;
    private final Catalog catalog;
    private final AdminGuard guard;
    private final Pages pages;
    private final Display display;

    CountPages(Transactions transactions, Counting counting, Inventory inventory, Catalog catalog, AdminGuard guard, Pages pages,
               Display display) {
        this.transactions = transactions;
        this.counting = counting;
        this.inventory = inventory;
        this.catalog = catalog;
        this.guard = guard;
        this.pages = pages;
        this.display = display;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/counts", guard.page(this::show))
                .post("/counts", guard.form(this::request))
                .post("/counts/{id}/accept", guard.form((req, res, session, form) -> decide(req, res, session, form, true)))
                .post("/counts/{id}/recount", guard.form((req, res, session, form) -> decide(req, res, session, form, false)));
    }

    private static final Map<String, String> DONE = Map.of(
            "requested", "Count asked for: it is on the handhelds of the warehouse.",
            "accepted", "Count accepted: the books now say what was found, and the bin is no longer on hold.",
            "recount", "Someone will count the bin again; it stays on hold until then.");

    private void show(ServerRequest req, ServerResponse res, AdminSession session) {
        requireRole(session.caller());
        Notice notice = req.query().first("done").map(DONE::get).map(Notice::success).orElse(null);
        render(res, Status.OK_200, session, req.query().first("warehouse").orElse(""), notice);
    }

    /** A supervisor asks for a bin's item to be counted. */
    private void request(ServerRequest req, ServerResponse res, AdminSession session, Parameters form) {
        String code = form.first("warehouse").orElse("");
        try {
            Caller caller = requireRole(session.caller());
            String binCode = form.first("bin").orElse("").strip();
            String sku = form.first("sku").orElse("").strip();
            transactions.run(em -> {
                Warehouse warehouse = ChosenWarehouse.of(em, inventory, caller, code).warehouse();
                Location bin = inventory.location(em, warehouse.id(), binCode)
                        .orElseThrow(() -> ProblemException.invalid("bin", "“" + binCode + "” is no bin of " + warehouse.code()));
                Item item = catalog.bySku(em, sku).orElseThrow(() -> ProblemException.invalid("sku", "no item has the SKU “" + sku + "”"));
                counting.request(em, new Counting.Request(bin, item.id(), "Asked for by " + caller.displayName(), null));
            });
            Pages.redirect(res, address(code) + "&done=requested");
        } catch (ProblemException e) {
            render(res, e.type().status(), session, code, Notice.error("No count was asked for: " + AdminGuard.refusal(e)));
        }
    }

    private void decide(ServerRequest req, ServerResponse res, AdminSession session, Parameters form, boolean accept) {
        String code = form.first("warehouse").orElse("");
        try {
            Caller caller = requireRole(session.caller());
            UUID id = Ids.fromPath(req, "id", "count");
            transactions.run(em -> counting.decide(em, id, accept, caller.userId(), caller.warehouseId()));
            Pages.redirect(res, address(code) + "&done=" + (accept ? "accepted" : "recount"));
        } catch (ProblemException e) {
            render(res, e.type().status(), session, code, Notice.error("Nothing changed: " + AdminGuard.refusal(e)));
        }
    }

    private void render(ServerResponse res, Status status, AdminSession session, String code, Notice notice) {
        Caller caller = requireRole(session.caller());
        CountsView view = transactions.inTransaction(em -> {
            ChosenWarehouse chosen = ChosenWarehouse.of(em, inventory, caller, code);
            Warehouse warehouse = chosen.warehouse();
            return new CountsView(Layout.of("Counts", Layout.Section.COUNTS, session), notice, chosen.choices(), warehouse.code(),
                    accuracy(counting.accuracy(em, warehouse.id())),
                    counting.withStatus(em, warehouse.id(), CountStatus.AWAITING_APPROVAL).stream().map(t -> waiting(em, t)).toList(),
                    counting.withStatus(em, warehouse.id(), CountStatus.OPEN).stream().map(this::onFloor).toList(), session.csrf());
        });
        pages.render(res, status, "counts", view);
    }

    private CountsView.Waiting waiting(EntityManager em, CountTask task) {
        BigDecimal difference = task.countedQuantity().subtract(task.bookQuantity());
        Item item = catalog.byId(em, task.itemId()).orElseThrow();
        Money cost = inventory.averageCost(em, task.itemId(), item.standardCost());
        return new CountsView.Waiting(task.id().toString(), task.binCode(), task.sku(), task.itemName(), Display.quantity(task.bookQuantity()),
                Display.quantity(task.countedQuantity()), (difference.signum() > 0 ? "+" : "") + Display.quantity(difference),
                display.money(Money.rounded(difference.abs().multiply(cost.amount()), cost.currency())), display.time(task.countedAt()));
    }

    private CountsView.OnFloor onFloor(CountTask task) {
        return new CountsView.OnFloor(task.binCode(), task.sku(), task.itemName(), task.reason(), task.attempt() > 1,
                display.time(task.requestedAt()));
    }

    private static String accuracy(Counting.Accuracy accuracy) {
        return accuracy.percent() == null ? "No counts yet."
                : accuracy.percent().toPlainString() + " % of " + accuracy.firstCounts() + (accuracy.firstCounts() == 1 ? " first count" : " first counts")
                + " found what the books said.";
    }

    private static Caller requireRole(Caller caller) {
        return AdminGuard.allowed(caller, ROLES, "manage counts; that is for warehouse supervisors and administrators");
    }

    private static String address(String warehouse) {
        return CountsView.PATH + "?warehouse=" + URLEncoder.encode(warehouse, StandardCharsets.UTF_8);
    }
}
