package dev.depot.server.admin;

import dev.depot.model.identity.Role;
import dev.depot.model.views.PurchaseOrderView;
import dev.depot.model.views.PutawayTaskView;
import dev.depot.server.catalog.Catalog;
import dev.depot.server.catalog.Item;
import dev.depot.server.inventory.Inventory;
import dev.depot.server.inventory.StockPositions;
import dev.depot.server.inventory.Warehouse;
import dev.depot.server.identity.Caller;
import dev.depot.server.platform.Ids;
import dev.depot.server.platform.ProblemException;
import dev.depot.server.platform.Transactions;
import dev.depot.server.purchasing.Disposition;
import dev.depot.server.purchasing.Inspection;
import dev.depot.server.purchasing.PurchaseOrders;
import dev.depot.server.putaway.Putaway;
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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@code /admin/stock}: on hand, reserved and available per item in one warehouse, by SKU, searched by
 * SKU or name, with items that are out or running low flagged; above them what the warehouse expects,
 * what waits in quarantine (supervisors decide there: release, scrap, return), what waits in
 * receiving to be put away, and what it has on hold.
 */
final class StockOverviewPage implements HttpService {

    static final int PAGE_SIZE = 25;
    static final Set<Role> INSPECTORS = EnumSet.of(Role.SUPERVISOR, Role.ADMIN);

    private final Transactions transactions;
    private final Inventory inventory;
    private final Catalog catalog;
    private final PurchaseOrders purchaseOrders;
    private final Putaway putaway;
    private final Inspection inspection;
    private final AdminGuard guard;
    private final Pages pages;
    private final Display display;

    StockOverviewPage(Transactions transactions, Inventory inventory, Catalog catalog, PurchaseOrders purchaseOrders, Putaway putaway,
                      Inspection inspection, AdminGuard guard, Pages pages, Display display) {
        this.transactions = transactions;
        this.inventory = inventory;
        this.catalog = catalog;
        this.purchaseOrders = purchaseOrders;
        this.putaway = putaway;
        this.inspection = inspection;
        this.guard = guard;
        this.pages = pages;
        this.display = display;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/stock", guard.page(this::show))
                .post("/stock/quarantine/{id}", guard.form(this::decide));
    }

    private void show(ServerRequest req, ServerResponse res, AdminSession session) {
        Notice notice = req.query().first("done").flatMap(StockOverviewPage::disposition)
                .map(d -> Notice.success(Display.capitalized(d.done()) + (d == Disposition.RELEASE
                        ? ": the goods wait in receiving for a receiver to put away." : "; the books say so.")))
                .orElse(null);
        render(req, res, Status.OK_200, session, req.query().first("warehouse").orElse(""), notice);
    }

    /** A supervisor's decision for goods in quarantine; back to the stock page, which says what happened or why not. */
    private void decide(ServerRequest req, ServerResponse res, AdminSession session, Parameters form) {
        String warehouse = form.first("warehouse").orElse("");
        try {
            Caller caller = mayInspect(session.caller());
            UUID receipt = Ids.fromPath(req, "id", "receipt");
            Disposition disposition = form.first("disposition").flatMap(StockOverviewPage::disposition)
                    .orElseThrow(() -> ProblemException.invalid("disposition", "choose release, scrap or return to the supplier"));
            BigDecimal quantity = quantity(form.first("quantity").orElse("").strip());
            String note = form.first("note").map(String::strip).filter(n -> !n.isEmpty()).orElse(null);
            transactions.run(em -> inspection.decide(em, new Inspection.Decision(receipt, disposition, quantity, note,
                    new Inspection.Inspector(caller.userId(), caller.warehouseId()))));
            Pages.redirect(res, address(warehouse, "", 0) + "&done=" + disposition.name());
        } catch (ProblemException e) {
            render(req, res, e.type().status(), session, warehouse, Notice.error("Nothing was moved: " + AdminGuard.refusal(e)));
        }
    }

    private static Caller mayInspect(Caller caller) {
        return AdminGuard.allowed(caller, INSPECTORS, "decide on goods in quarantine; that is for warehouse supervisors and administrators");
    }

    private static BigDecimal quantity(String typed) {
        try {
            return new BigDecimal(typed);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("quantity", "\u201c" + typed + "\u201d is not a quantity");
        }
    }

    private static Optional<Disposition> disposition(String name) {
        return Arrays.stream(Disposition.values()).filter(d -> d.name().equals(name)).findFirst();
    }

    private void render(ServerRequest req, ServerResponse res, Status status, AdminSession session, String code, Notice notice) {
        String text = req.query().first("q").orElse("").strip();
        PageRequest page = PageRequest.of(req, PAGE_SIZE);
        StockView view = transactions.inTransaction(em -> {
            List<Warehouse> warehouses = inventory.warehouses(em);
            Warehouse chosen = warehouses.stream().filter(w -> w.code().equalsIgnoreCase(code.strip())).findFirst()
                    .orElse(warehouses.isEmpty() ? null : warehouses.getFirst());
            List<StockView.StockRow> rows = chosen == null ? List.of() : rows(em, chosen.id(), text, page);
            String warehouseCode = chosen == null ? "" : chosen.code();
            List<StockView.StockRow> shown = rows.stream().limit(page.limit()).toList();
            return new StockView(Layout.of("Stock", Layout.Section.STOCK, session), notice,
                    warehouses.stream().map(w -> new StockView.WarehouseChoice(w.code(), w.name(), w == chosen)).toList(),
                    warehouseCode, text, chosen == null ? List.of() : dueIn(em, chosen.id()),
                    new StockView.Inspection(chosen == null ? List.of() : quarantined(em, chosen.id()),
                            mayDecideFor(session.caller(), chosen), session.csrf()),
                    chosen == null ? List.of() : putawayQueue(em, chosen.id()),
                    chosen == null ? List.of() : heldBins(em, chosen.id()), shown,
                    PageLinks.of(page, shown.size(), rows.size() > page.limit(), offset -> address(warehouseCode, text, offset)),
                    emptyMessage(chosen, text));
        });
        pages.render(res, status, Pages.wantsFragment(req) ? "stockResults" : "stock", view);
    }

    /** Supervisors decide for their own warehouse, administrators for any. */
    private static boolean mayDecideFor(Caller caller, Warehouse warehouse) {
        return warehouse != null && INSPECTORS.contains(caller.role())
                && (caller.warehouseId() == null || caller.warehouseId().equals(warehouse.id()));
    }

    private List<StockView.Quarantined> quarantined(EntityManager em, UUID warehouseId) {
        return inspection.queue(em, warehouseId).stream().map(q -> new StockView.Quarantined(q.receiptId().toString(),
                display.time(q.receivedAt()), q.sku(), q.itemName(), q.lot(), q.purchaseOrderNumber(), q.supplierName(), q.locationCode(),
                Display.quantity(q.waiting()), StockView.PATH + "/quarantine/" + q.receiptId())).toList();
    }

    private List<StockView.DueIn> dueIn(EntityManager em, UUID warehouseId) {
        return purchaseOrders.openIn(em, warehouseId).stream().flatMap(order -> {
            List<PurchaseOrderView.Pallet> pallets = order.view().pallets();
            return order.lines().stream().map(line -> new StockView.DueIn(order.number(), order.supplierName(),
                    display.day(order.expectedOn()), display.isPast(order.expectedOn()), line.sku(), Display.quantity(line.ordered()),
                    Display.quantity(line.received()), line.received().compareTo(line.ordered()) > 0, pallets(pallets, line.id())));
        }).toList();
    }

    /** The announced pallets a line comes on, and how many of them are in: "1 of 2 in", or a dash when none was announced. */
    private static String pallets(List<PurchaseOrderView.Pallet> pallets, UUID lineId) {
        List<PurchaseOrderView.Pallet> carrying = pallets.stream()
                .filter(p -> p.lines().stream().anyMatch(l -> l.lineId().equals(lineId))).toList();
        return carrying.isEmpty() ? "\u2014" : carrying.stream().filter(PurchaseOrderView.Pallet::received).count() + " of "
                + carrying.size() + " in";
    }

    private List<StockView.AwaitingPutaway> putawayQueue(EntityManager em, UUID warehouseId) {
        return putaway.queue(em, warehouseId).stream().map(task -> {
            PutawayTaskView t = task.view();
            return new StockView.AwaitingPutaway(display.time(t.receivedAt()), t.fromCode(), t.sku(), t.lot(),
                    Display.quantity(t.remaining()), t.purchaseOrderNumber(), t.suggestedBin(),
                    t.rule() == null ? "No bin has room for all of it" : t.rule().reason());
        }).toList();
    }

    private List<StockView.HeldBin> heldBins(EntityManager em, UUID warehouseId) {
        List<Inventory.HeldStock> held = inventory.held(em, warehouseId);
        Map<UUID, Item> items = catalog.byIds(em, held.stream().map(Inventory.HeldStock::itemId).toList());
        return held.stream().map(h -> new StockView.HeldBin(h.binCode(), items.get(h.itemId()).sku(), display.time(h.since()), h.reason()))
                .toList();
    }

    /** One page of items (and one more, to know whether there is a next page) with their position here. */
    private List<StockView.StockRow> rows(EntityManager em, UUID warehouseId, String text, PageRequest page) {
        List<Item> items = catalog.search(em, text, page.offset(), page.limit() + 1);
        Map<UUID, StockPositions.Position> positions = inventory.positions(em, warehouseId, items.stream().map(Item::id).toList());
        return items.stream().map(item -> {
            StockPositions.Position p = positions.get(item.id());
            BigDecimal onHand = p == null ? BigDecimal.ZERO : p.onHand();
            BigDecimal reserved = p == null ? BigDecimal.ZERO : p.reserved();
            BigDecimal available = onHand.subtract(reserved);
            return new StockView.StockRow(item.sku(), item.name(), Display.quantity(onHand), Display.quantity(reserved),
                    Display.quantity(available), StockLevel.of(available, item.packaging().eachesPerCase()));
        }).toList();
    }

    private static String emptyMessage(Warehouse warehouse, String text) {
        if (warehouse == null) {
            return "No warehouses yet. Add one to see its stock here.";
        }
        return text.isEmpty() ? "No items in the catalog yet." : "No items match \u201c" + text + "\u201d.";
    }

    private static String address(String warehouse, String text, int offset) {
        return StockView.PATH + "?warehouse=" + URLEncoder.encode(warehouse, StandardCharsets.UTF_8)
                + "&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&offset=" + offset;
    }
}
