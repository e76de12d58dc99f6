package dev.depot.server.admin;

import dev.depot.model.views.PutawayTaskView;
import dev.depot.server.catalog.Catalog;
import dev.depot.server.catalog.Item;
import dev.depot.server.inventory.Inventory;
import dev.depot.server.inventory.StockPositions;
import dev.depot.server.inventory.Warehouse;
import dev.depot.server.platform.Transactions;
import dev.depot.server.purchasing.PurchaseOrders;
import dev.depot.server.putaway.Putaway;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code /admin/stock}: on hand, reserved and available per item in one warehouse, by SKU, searched by
 * SKU or name, with items that are out or running low flagged; above them what the warehouse expects,
 * what waits in receiving to be put away, and what it has on hold.
 */
final class StockOverviewPage implements HttpService {

    static final int PAGE_SIZE = 25;

    private final Transactions transactions;
    private final Inventory inventory;
    private final Catalog catalog;
    private final PurchaseOrders purchaseOrders;
    private final Putaway putaway;
    private final AdminGuard guard;
    private final Pages pages;
    private final Display display;

    StockOverviewPage(Transactions transactions, Inventory inventory, Catalog catalog, PurchaseOrders purchaseOrders, Putaway putaway,
                      AdminGuard guard, Pages pages, Display display) {
        this.transactions = transactions;
        this.inventory = inventory;
        this.catalog = catalog;
        this.purchaseOrders = purchaseOrders;
        this.putaway = putaway;
        this.guard = guard;
        this.pages = pages;
        this.display = display;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/stock", guard.page(this::show));
    }

    private void show(ServerRequest req, ServerResponse res, AdminSession session) {
        String text = req.query().first("q").orElse("").strip();
        String code = req.query().first("warehouse").orElse("").strip();
        PageRequest page = PageRequest.of(req, PAGE_SIZE);
        StockView view = transactions.inTransaction(em -> {
            List<Warehouse> warehouses = inventory.warehouses(em);
            Warehouse chosen = warehouses.stream().filter(w -> w.code().equalsIgnoreCase(code)).findFirst()
                    .orElse(warehouses.isEmpty() ? null : warehouses.getFirst());
            List<StockView.StockRow> rows = chosen == null ? List.of() : rows(em, chosen.id(), text, page);
            String warehouseCode = chosen == null ? "" : chosen.code();
            List<StockView.StockRow> shown = rows.stream().limit(page.limit()).toList();
            return new StockView(Layout.of("Stock", Layout.Section.STOCK, session),
                    warehouses.stream().map(w -> new StockView.WarehouseChoice(w.code(), w.name(), w == chosen)).toList(),
                    warehouseCode, text, chosen == null ? List.of() : dueIn(em, chosen.id()),
                    chosen == null ? List.of() : putawayQueue(em, chosen.id()),
                    chosen == null ? List.of() : heldBins(em, chosen.id()), shown,
                    PageLinks.of(page, shown.size(), rows.size() > page.limit(), offset -> address(warehouseCode, text, offset)),
                    emptyMessage(chosen, text));
        });
        pages.render(res, Pages.wantsFragment(req) ? "stockResults" : "stock", view);
    }

    private List<StockView.DueIn> dueIn(EntityManager em, UUID warehouseId) {
        return purchaseOrders.openIn(em, warehouseId).stream().flatMap(order -> order.lines().stream().map(line -> new StockView.DueIn(
                order.number(), order.supplierName(), display.day(order.expectedOn()), display.isPast(order.expectedOn()), line.sku(),
                Display.quantity(line.ordered()), Display.quantity(line.received()), line.received().compareTo(line.ordered()) > 0)))
                .toList();
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
