package dev.depot.server.admin;

import dev.depot.model.identity.Role;
import dev.depot.server.identity.Caller;
import dev.depot.server.inventory.Inventory;
import dev.depot.server.inventory.Warehouse;
import dev.depot.server.platform.Ids;
import dev.depot.server.platform.ProblemException;
import dev.depot.server.platform.Transactions;
import dev.depot.server.transfers.Transfer;
import dev.depot.server.transfers.TransferStatus;
import dev.depot.server.transfers.Transfers;
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
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@code /admin/transfers}: a warehouse's transfers for its supervisors (administrators choose the
 * warehouse): what it sends, with the button to dispatch it when the truck leaves; what is coming
 * to it; and a form to send stock to another warehouse (reserved here at once, loaded by scan).
 */
final class TransferPages implements HttpService {

    static final Set<Role> ROLES = EnumSet.of(Role.SUPERVISOR, Role.ADMIN);
    /** How many item rows the form offers; a transfer of more items is opened through the API. */
    static final int FORM_LINES = 4;

    private final Transactions transactions;
    private final Transfers transfers;
    private final Inventory inventory;
    private final AdminGuard guard;
    private final Pages pages;
    private final Display display;
    private final Clock clock;

    TransferPages(Transactions transactions, Transfers transfers, Inventory inventory, AdminGuard guard, Pages pages, Display display,
                  Clock clock) {
        this.transactions = transactions;
        this.transfers = transfers;
        this.inventory = inventory;
        this.guard = guard;
        this.pages = pages;
        this.display = display;
        this.clock = clock;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/transfers", guard.page(this::show))
                .post("/transfers", guard.form(this::open))
                .post("/transfers/{id}/dispatch", guard.form(this::dispatch))
                .post("/transfers/{id}/close", guard.form(this::close));
    }

    private static final Map<String, String> DONE = Map.of(
            "opened", "Transfer opened: its goods are reserved here and on the pickers' handhelds to load.",
            "dispatched", "Dispatched: what was loaded is on its way, and what was not is free again.",
            "closed", "Closed short: what did not come is written off, at the cost it travelled at.");

    private void show(ServerRequest req, ServerResponse res, AdminSession session) {
        requireRole(session.caller());
        Notice notice = req.query().first("done").map(DONE::get).map(Notice::success).orElse(null);
        render(res, Status.OK_200, session, req.query().first("warehouse").orElse(""), notice);
    }

    /** A supervisor sends stock from the warehouse shown to another one. */
    private void open(ServerRequest req, ServerResponse res, AdminSession session, Parameters form) {
        String code = form.first("warehouse").orElse("");
        try {
            Caller caller = requireRole(session.caller());
            List<Transfers.Wanted> lines = new ArrayList<>();
            for (int i = 0; i < FORM_LINES; i++) {
                String sku = form.first("sku" + i).orElse("").strip();
                String quantity = form.first("quantity" + i).orElse("").strip();
                if (!sku.isEmpty() || !quantity.isEmpty()) {
                    lines.add(new Transfers.Wanted(sku, number(quantity, i)));
                }
            }
            transactions.run(em -> {
                Warehouse from = ChosenWarehouse.of(em, inventory, caller, code).warehouse();
                transfers.open(em, new Transfers.NewTransfer(from.code(), form.first("to").orElse(""), date(form.first("due").orElse("")),
                        lines), caller.actor(), caller.role() == Role.ADMIN ? null : caller.warehouseId());
            });
            Pages.redirect(res, address(code) + "&done=opened");
        } catch (ProblemException e) {
            render(res, e.type().status(), session, code, Notice.error("No transfer was opened: " + AdminGuard.refusal(e)));
        }
    }

    private void dispatch(ServerRequest req, ServerResponse res, AdminSession session, Parameters form) {
        String code = form.first("warehouse").orElse("");
        try {
            Caller caller = requireRole(session.caller());
            UUID id = Ids.fromPath(req, "id", "transfer");
            transactions.run(em -> transfers.dispatch(em, id, caller.actor(), caller.role() == Role.ADMIN ? null : caller.warehouseId()));
            Pages.redirect(res, address(code) + "&done=dispatched");
        } catch (ProblemException e) {
            render(res, e.type().status(), session, code, Notice.error("Nothing was dispatched: " + AdminGuard.refusal(e)));
        }
    }

    /** A supervisor of the receiving warehouse settles for what came. */
    private void close(ServerRequest req, ServerResponse res, AdminSession session, Parameters form) {
        String code = form.first("warehouse").orElse("");
        try {
            Caller caller = requireRole(session.caller());
            UUID id = Ids.fromPath(req, "id", "transfer");
            transactions.run(em -> transfers.closeShort(em, id, form.first("reason").orElse(""), caller.actor(),
                    caller.role() == Role.ADMIN ? null : caller.warehouseId()));
            Pages.redirect(res, address(code) + "&done=closed");
        } catch (ProblemException e) {
            render(res, e.type().status(), session, code, Notice.error("The transfer stays open: " + AdminGuard.refusal(e)));
        }
    }

    private static BigDecimal number(String quantity, int row) {
        try {
            return new BigDecimal(quantity);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("lines[" + row + "].quantity", "“" + quantity + "” is not a number of eaches");
        }
    }

    private static LocalDate date(String day) {
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("expectedOn", "say the day it should arrive");
        }
    }

    private void render(ServerResponse res, Status status, AdminSession session, String code, Notice notice) {
        Caller caller = requireRole(session.caller());
        TransfersView view = transactions.inTransaction(em -> {
            ChosenWarehouse chosen = ChosenWarehouse.of(em, inventory, caller, code);
            Warehouse here = chosen.warehouse();
            List<Transfer> underWay = transfers.underWay(em, here.id());
            return new TransfersView(Layout.of("Transfers", Layout.Section.TRANSFERS, session), notice, chosen.choices(), here.code(),
                    underWay.stream().filter(t -> t.fromWarehouseId().equals(here.id()) && t.status() == TransferStatus.LOADING)
                            .map(t -> sending(em, t)).toList(),
                    underWay.stream().filter(t -> t.toWarehouseId().equals(here.id())).map(t -> arriving(em, t)).toList(),
                    inventory.warehouses(em).stream().filter(w -> !w.id().equals(here.id()))
                            .map(w -> new StockView.WarehouseChoice(w.code(), w.name(), false)).toList(),
                    LocalDate.now(clock).plusDays(1).toString(), FORM_LINES, session.csrf());
        });
        pages.render(res, status, "transfers", view);
    }

    private TransfersView.Sending sending(EntityManager em, Transfer transfer) {
        return new TransfersView.Sending(transfer.id().toString(), transfer.number(), transfers.view(em, transfer).toWarehouse(),
                display.day(transfer.expectedOn()), transfer.lines().stream().map(l -> l.sku() + ": " + Display.quantity(l.loaded())
                        + " of " + Display.quantity(l.quantity()) + " loaded").toList(),
                transfer.lines().stream().anyMatch(l -> l.loaded().signum() > 0));
    }

    private TransfersView.Arriving arriving(EntityManager em, Transfer transfer) {
        boolean onTheRoad = transfer.status() == TransferStatus.IN_TRANSIT;
        return new TransfersView.Arriving(transfer.id().toString(), transfer.number(), transfers.view(em, transfer).fromWarehouse(),
                display.day(transfer.expectedOn()), onTheRoad, transfer.lines().stream().filter(l -> !onTheRoad || l.loaded().signum() > 0)
                .map(l -> l.sku() + ": " + (onTheRoad
                        ? Display.quantity(l.received()) + " of " + Display.quantity(l.loaded()) + " received"
                        : Display.quantity(l.quantity()) + " asked for")).toList(),
                onTheRoad && transfer.lines().stream().anyMatch(l -> l.received().compareTo(l.loaded()) < 0));
    }

    private static Caller requireRole(Caller caller) {
        return AdminGuard.allowed(caller, ROLES, "send stock between warehouses; that is for warehouse supervisors and administrators");
    }

    private static String address(String warehouse) {
        return TransfersView.PATH + "?warehouse=" + URLEncoder.encode(warehouse, StandardCharsets.UTF_8);
    }
}
