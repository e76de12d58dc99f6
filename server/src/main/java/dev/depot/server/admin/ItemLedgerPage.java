package dev.depot.server.admin;

import dev.depot.server.availability.Availability;
import dev.depot.server.availability.AvailabilityByDate;
import dev.depot.server.catalog.Catalog;
import dev.depot.server.catalog.Item;
import dev.depot.server.identity.UserAccount;
import dev.depot.server.identity.Users;
import dev.depot.server.inventory.Inventory;
import dev.depot.server.inventory.Location;
import dev.depot.server.inventory.LocationBalance;
import dev.depot.server.inventory.LotBalance;
import dev.depot.server.inventory.StockMovement;
import dev.depot.server.platform.ProblemException;
import dev.depot.server.platform.Transactions;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@code /admin/stock/items/{sku}}: one item in one warehouse: available to promise by date with its
 * parts, location by location with what state its stock is in and its lots, and the movement ledger behind those
 * figures, newest first.
 */
final class ItemLedgerPage implements HttpService {

    /** Ledger lines shown at most; the page says when there are more. */
    static final int LINES = 200;

    private final Transactions transactions;
    private final Inventory inventory;
    private final Catalog catalog;
    private final Availability availability;
    private final AdminGuard guard;
    private final Pages pages;
    private final Display display;

    ItemLedgerPage(Transactions transactions, Inventory inventory, Catalog catalog, Availability availability, AdminGuard guard,
                   Pages pages, Display display) {
        this.transactions = transactions;
        this.inventory = inventory;
        this.catalog = catalog;
        this.availability = availability;
        this.guard = guard;
        this.pages = pages;
        this.display = display;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/stock/items/{sku}", guard.page(this::show));
    }

    private void show(ServerRequest req, ServerResponse res, AdminSession session) {
        String sku = req.path().pathParameters().get("sku");
        ItemLedgerView view = transactions.inTransaction(em -> {
            Item item = catalog.bySku(em, sku).orElseThrow(() -> ProblemException.notFound("item " + sku));
            ChosenWarehouse chosen = ChosenWarehouse.of(em, inventory, session.caller(), req.query().first("warehouse").orElse(""));
            UUID warehouse = chosen.warehouse().id();
            List<LocationBalance> balances = inventory.balances(em, item.id(), warehouse);
            Map<UUID, List<String>> lots = inventory.lots(em, item.id(), warehouse).stream().collect(Collectors.groupingBy(
                    LotBalance::locationId, Collectors.mapping(this::lot, Collectors.toList())));
            Map<UUID, String> codes = inventory.locations(em, warehouse).stream().collect(Collectors.toMap(Location::id, Location::code));
            List<StockMovement> ledger = inventory.ledger(em, item.id(), warehouse, LINES + 1);
            Map<UUID, String> people = new HashMap<>();
            return new ItemLedgerView(Layout.of(item.sku(), Layout.Section.STOCK, session), chosen.choices(), chosen.warehouse().code(),
                    item.sku(), item.name(), promise(availability.byDate(em, item.id(), warehouse)),
                    balances.stream().map(b -> place(b, lots.getOrDefault(b.locationId(), List.of()))).toList(),
                    Display.quantity(balances.stream().map(LocationBalance::quantity).reduce(BigDecimal.ZERO, BigDecimal::add)),
                    ledger.stream().limit(LINES).map(m -> line(em, m, codes, people)).toList(), ledger.size() > LINES);
        });
        pages.render(res, Status.OK_200, "itemLedger", view);
    }

    private ItemLedgerView.Promise promise(AvailabilityByDate atp) {
        return new ItemLedgerView.Promise(Display.quantity(atp.onHand()), Display.quantity(atp.reserved()),
                Display.quantity(atp.inReceiving()), Display.quantity(atp.onHold()), Display.quantity(atp.inQuarantine()),
                atp.inbound().stream().map(due -> new ItemLedgerView.Due(display.day(due.due()), due.lateOn(atp.today()), due.document(),
                        Display.quantity(due.quantity()))).toList(),
                atp.days().stream().map(day -> new ItemLedgerView.Day(day.date().equals(atp.today()) ? "Today"
                        : display.day(day.date()), Display.quantity(day.available()))).toList());
    }

    private String lot(LotBalance lot) {
        return lot.lot() + (lot.expiresOn() == null ? "" : " · expires " + display.day(lot.expiresOn())) + ": "
                + Display.quantity(lot.quantity());
    }

    private ItemLedgerView.Place place(LocationBalance balance, List<String> lots) {
        String state = switch (balance.type()) {
            case STORAGE -> balance.heldSince() == null ? "Available" : "On hold since " + display.time(balance.heldSince()) + ": "
                    + balance.heldReason();
            case RECEIVING -> "Received, waiting for putaway";
            case QUARANTINE -> "In quarantine, waiting for inspection";
            case PACK -> "Picked, waiting to ship";
            case SHIP -> "At the dock";
            case TRANSIT -> "On its way from another warehouse";
        };
        return new ItemLedgerView.Place(balance.code(), state, balance.heldSince() != null, Display.quantity(balance.quantity()), lots);
    }

    private ItemLedgerView.Line line(EntityManager em, StockMovement m, Map<UUID, String> codes, Map<UUID, String> people) {
        String who = m.recordedBy() == null ? "system"
                : people.computeIfAbsent(m.recordedBy(), id -> new Users(em).byId(id).map(UserAccount::displayName).orElse("someone"));
        return new ItemLedgerView.Line(display.time(m.occurredAt()), OrderDetails.what(m.reason()), location(m.fromLocationId(), codes),
                location(m.toLocationId(), codes), Display.quantity(m.quantity()), OrderDetails.what(m.sourceType()), who);
    }

    /** A location of this warehouse by its code; another warehouse's, or none (a receipt's source, an issue's end), as a dash. */
    private static String location(UUID id, Map<UUID, String> codes) {
        return id == null ? "—" : codes.getOrDefault(id, "elsewhere");
    }
}
