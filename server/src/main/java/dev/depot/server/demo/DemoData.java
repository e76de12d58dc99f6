package dev.depot.server.demo;

import dev.depot.model.commands.PlaceOrder;
import dev.depot.model.contact.ContactChanges;
import dev.depot.model.gs1.Gtin;
import dev.depot.model.gs1.Sscc;
import dev.depot.model.identity.Role;
import dev.depot.model.ids.UuidV7;
import dev.depot.model.money.Money;
import dev.depot.model.pricing.ItemPrice;
import dev.depot.model.pricing.PriceBreak;
import dev.depot.model.pricing.TaxRate;
import dev.depot.model.quantity.Packaging;
import dev.depot.server.DepotServer;
import dev.depot.server.accounting.PostingRules;
import dev.depot.server.audit.Actor;
import dev.depot.server.catalog.Catalog;
import dev.depot.server.catalog.Item;
import dev.depot.server.counting.Counting;
import dev.depot.server.fulfillment.PickConfirmation;
import dev.depot.server.fulfillment.PickTask;
import dev.depot.server.identity.Caller;
import dev.depot.server.identity.Identity;
import dev.depot.server.identity.UserAccount;
import dev.depot.server.identity.Users;
import dev.depot.server.inventory.BinRules;
import dev.depot.server.inventory.Location;
import dev.depot.server.inventory.LocationType;
import dev.depot.server.inventory.Movement;
import dev.depot.server.inventory.MovementReason;
import dev.depot.server.inventory.PickFaceLevels;
import dev.depot.server.inventory.Warehouse;
import dev.depot.server.orders.CaptureResult;
import dev.depot.server.partners.Customer;
import dev.depot.server.partners.Partners;
import dev.depot.server.platform.DatabaseVendor;
import dev.depot.server.purchasing.PurchaseOrder;
import dev.depot.server.purchasing.PurchaseOrderLine;
import dev.depot.server.purchasing.PurchaseOrders;
import dev.depot.server.purchasing.Supplier;
import dev.depot.server.transfers.Transfer;
import dev.depot.server.transfers.TransferLine;
import dev.depot.server.transfers.Transfers;
import io.helidon.config.Config;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * A small distributor to try Depot with: two warehouses with bins along a pick path, fifty items
 * with real GTINs, a price list with case breaks, ten customers, opening stock, and one user per
 * role. Loaded once, into an empty embedded database (or any empty database with
 * {@code depot.demo-data=if-empty} and {@code depot.demo-password}); on the embedded database the users'
 * generated passwords are printed at that first start.
 */
public final class DemoData {

    private static final String CURRENCY = "USD";
    private static final String PRICE_LIST = "STD";
    /** Eaches a storage bin of the demo warehouses takes, all items together. */
    private static final BigDecimal BIN_CAPACITY = BigDecimal.valueOf(2400);
    private static final int PICK_FACES = 8;
    private static final List<String> CARRIERS = List.of("OWN", "DHL", "UPS");
    /**
     * The demo's open orders are for the back half of the catalog (the admin's tests order from the
     * front half), leaving out the items opening stock leaves nearly out.
     */
    private static final List<Integer> ORDERED_ITEMS = IntStream.range(24, 50).filter(i -> i % 9 != 4).boxed().toList();

    private final DepotServer.Capabilities depot;
    private final Random random = new Random(20261123);

    private DemoData(DepotServer.Capabilities depot) {
        this.depot = depot;
    }

    public static void loadIfWanted(Config config, DatabaseVendor vendor, DepotServer.Capabilities depot) {
        String mode = config.get("demo-data").asString().orElse("auto");
        boolean wanted = switch (mode) {
            case "auto" -> vendor == DatabaseVendor.H2;
            case "if-empty" -> true;
            case "never" -> false;
            default -> throw new IllegalArgumentException("depot.demo-data is auto, if-empty or never, not " + mode);
        };
        if (!wanted || !depot.transactions().inTransaction(em -> new Users(em).isEmpty())) {
            return;
        }
        String password = config.get("demo-password").asString().orElse(null);
        if (password == null && vendor != DatabaseVendor.H2) {
            // never print passwords of accounts on a shared database: the operator chooses the one the demo users get
            throw new IllegalStateException("depot.demo-data=if-empty on " + vendor + " needs depot.demo-password (DEPOT_DEMO_PASSWORD)");
        }
        Map<String, String> credentials = new DemoData(depot).load(password);
        if (password == null) {
            printCredentials(credentials);
        }
    }

    private Map<String, String> load(String fixedPassword) {
        Map<String, String> people = depot.transactions().inTransaction(em -> {
            Warehouse main = warehouse(em, "MAIN", "Main DC, Columbus OH", 24);
            Warehouse east = warehouse(em, "EAST", "East DC, Harrisburg PA", 12);
            Map<String, String> credentials = users(em, main, fixedPassword);
            depot.pricing().addPriceList(em, PRICE_LIST, "Standard wholesale", CURRENCY);
            carriers(em);
            List<Item> items = items(em);
            customers(em, userId(em, "rep"), main, east);
            openingStock(em, items, main);
            openingStock(em, items, east);
            pickFaces(em, items, main);
            purchaseOrders(em, items, main);
            return credentials;
        });
        depot.transactions().run(this::tomorrowsDeliveryAnnounced);
        firstCasesIn();
        depot.transactions().run(this::aCountAskedFor);
        ordersWaiting();
        transfersUnderWay();
        return people;
    }

    private Warehouse warehouse(EntityManager em, String code, String name, int bins) {
        Warehouse warehouse = depot.inventory().addWarehouse(em, code, name);
        UUID id = warehouse.id();
        depot.inventory().addLocation(em, id, "RCV-01", LocationType.RECEIVING, 0);
        depot.inventory().addLocation(em, id, "QUA-01", LocationType.QUARANTINE, 1);
        for (int i = 0; i < bins; i++) {
            String aisle = String.valueOf((char) ('A' + i / 8));
            String bin = aisle + "-" + String.format("%02d", i % 8 / 2 + 1) + "-" + (i % 2 + 1);
            Location location = depot.inventory().addLocation(em, id, bin, LocationType.STORAGE, 10 + i * 10);
            depot.inventory().setBinRules(em, location.id(), new BinRules(aisle, BIN_CAPACITY, null));
        }
        depot.inventory().addLocation(em, id, "PACK-01", LocationType.PACK, 900);
        depot.inventory().addLocation(em, id, "SHIP-01", LocationType.SHIP, 950);
        return warehouse;
    }

    private Map<String, String> users(EntityManager em, Warehouse main, String fixedPassword) {
        Map<String, String> credentials = new LinkedHashMap<>();
        record Person(String username, String name, Role role, boolean inWarehouse) {
        }
        List<Person> people = List.of(
                new Person("picker", "Pat Picker", Role.PICKER, true),
                new Person("receiver", "Rae Receiver", Role.RECEIVER, true),
                new Person("rep", "Rita Rep", Role.REP, false),
                new Person("supervisor", "Sam Supervisor", Role.SUPERVISOR, true),
                new Person("orderdesk", "Olive Orderdesk", Role.ORDER_DESK, false),
                new Person("accountant", "Avery Accountant", Role.ACCOUNTANT, false),
                new Person("admin", "Ada Admin", Role.ADMIN, false));
        for (Person p : people) {
            String password = fixedPassword != null ? fixedPassword : newPassword();
            depot.identity().addUser(em, user(p.username(), p.role(), p.inWarehouse() ? main.id() : null, password, p.name()));
            credentials.put(p.username() + " (" + p.role().title() + ")", password);
        }
        return credentials;
    }

    private static Identity.NewUser user(String username, Role role, UUID warehouse, String password, String name) {
        return new Identity.NewUser(username, name, role, password, warehouse);
    }

    private static UUID userId(EntityManager em, String username) {
        return em.createQuery("select u from UserAccount u where u.username = :name", UserAccount.class)
                .setParameter("name", username).getSingleResult().id();
    }

    private List<Item> items(EntityManager em) {
        List<Item> items = new ArrayList<>();
        int reference = 1;
        for (DemoCatalog.Product product : DemoCatalog.PRODUCTS) {
            Money price = Money.of(product.listPrice(), CURRENCY);
            Money cost = price.times(new BigDecimal("0.62"));
            Gtin gtin = Gtin.withCheckDigit("008501234" + String.format("%03d", reference++ * 7));
            Item item = depot.catalog().addItem(em, new Catalog.NewItem(product.sku(), gtin, product.name(),
                    new Packaging(product.eachesPerCase(), 40), cost));
            if (product.eachesPerCase() > 1) { // the case's barcode: indicator digit 1 in front of the each's
                depot.catalog().setCaseGtin(em, item, Gtin.withCheckDigit("1" + gtin.digits().substring(1, 13)));
            }
            int perCase = product.eachesPerCase();
            List<PriceBreak> breaks = new ArrayList<>();
            breaks.add(new PriceBreak(BigDecimal.ONE, price));
            if (perCase > 1) {
                breaks.add(new PriceBreak(BigDecimal.valueOf(perCase), price.times(new BigDecimal("0.95"))));
            }
            breaks.add(new PriceBreak(BigDecimal.valueOf(perCase * 4L), price.times(new BigDecimal("0.90"))));
            depot.pricing().setPrice(em, PRICE_LIST, new ItemPrice(item.id(), breaks));
            items.add(item);
        }
        return items;
    }

    private void customers(EntityManager em, UUID rep, Warehouse main, Warehouse east) {
        record Buyer(String code, String name, String city, String taxRate, String creditLimit, boolean east, String contactName,
                     String phone) {
        }
        List<Buyer> buyers = List.of(
                new Buyer("C-1001", "Harbor Street Deli", "Columbus OH", "7.5000", "5000.00", false, "Dana Miles", "614-555-0141"),
                new Buyer("C-1002", "Northside Dental Group", "Dublin OH", "7.2500", "12000.00", false, "Priya Shah", "614-555-0178"),
                new Buyer("C-1003", "Maple Grove Elementary", "Westerville OH", "0.0000", "20000.00", false, "Tom Becker", "614-555-0112"),
                new Buyer("C-1004", "Riverside Fitness Club", "Columbus OH", "7.5000", "6000.00", false, "Alex Romero", "614-555-0190"),
                new Buyer("C-1005", "Blue Heron Hotel", "Sandusky OH", "7.2500", "25000.00", false, "Grace Kim", "419-555-0133"),
                new Buyer("C-1006", "Corner Cafe on Fifth", "Columbus OH", "7.5000", "600.00", false, "Luis Ortega", "614-555-0157"),
                new Buyer("C-1007", "Keystone Auto Body", "Harrisburg PA", "6.0000", "8000.00", true, "Mike Novak", "717-555-0124"),
                new Buyer("C-1008", "Susquehanna Vet Clinic", "Camp Hill PA", "6.0000", "9000.00", true, "Erin Walsh", "717-555-0166"),
                new Buyer("C-1009", "Capitol Office Suites", "Harrisburg PA", "6.0000", "15000.00", true, "Sam Patel", "717-555-0109"),
                new Buyer("C-1010", "Lancaster Farm Kitchen", "Lancaster PA", "6.0000", "4000.00", true, "Ruth Yoder", "717-555-0185"));
        for (Buyer b : buyers) {
            Customer customer = depot.partners().addCustomer(em, new Partners.NewCustomer(b.code(), b.name(), b.city(), PRICE_LIST,
                    TaxRate.of(b.taxRate()), Money.of(b.creditLimit(), CURRENCY), b.code().equals("C-1010") ? null : rep,
                    b.east() ? east.id() : main.id()));
            String email = "orders@" + b.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "") + ".example";
            depot.contactEdits().change().change(em, customer.id(), new ContactChanges(b.phone(), email, b.contactName()), Actor.SYSTEM);
            // one customer has no carrier on file yet: its orders wait in a wave of their own
            depot.partners().shipWith(customer, b.code().equals("C-1004") ? null : CARRIERS.get(buyers.indexOf(b) % CARRIERS.size()));
            String town = b.city().substring(0, b.city().lastIndexOf(' '));
            String zip = b.east() ? "171" : "432";
            depot.partners().addShipTo(em, customer, new Partners.NewShipTo(b.name(), (120 + 37 * buyers.indexOf(b)) + " Market Street",
                    zip + String.format("%02d", buyers.indexOf(b)), town, "US", true));
            if (buyers.indexOf(b) % 4 == 1) { // a few customers take deliveries at a second site too
                depot.partners().addShipTo(em, customer, new Partners.NewShipTo(b.name() + " (annex)", "7 Commerce Park Drive",
                        zip + "90", town, "US", false));
            }
        }
    }

    /** Opening stock in one or two bins per item: a few items are nearly out, to show backorders. */
    private void openingStock(EntityManager em, List<Item> items, Warehouse warehouse) {
        List<Location> bins = storageBins(em, warehouse);
        Instant now = Instant.now();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            int perCase = item.packaging().eachesPerCase();
            int cases = i % 9 == 4 ? 0 : 2 + random.nextInt(18);
            int quantity = cases == 0 ? 3 : cases * perCase;
            Location bin = bins.get(i % bins.size());
            receive(em, item, bin, quantity, now);
            if (i % 3 == 0 && cases > 0) {
                receive(em, item, bins.get((i + 5) % bins.size()), perCase * (1 + random.nextInt(4)), now);
            }
        }
    }

    /**
     * The first items have a fixed pick face at the main warehouse: the first bin their opening stock
     * went into, topped up from reserve to 18 cases when it holds 6 or fewer.
     */
    private void pickFaces(EntityManager em, List<Item> items, Warehouse warehouse) {
        List<Location> bins = storageBins(em, warehouse);
        for (int i = 0; i < PICK_FACES; i++) {
            Location bin = bins.get(i % bins.size());
            Item item = items.get(i);
            depot.inventory().setBinRules(em, bin.id(), new BinRules(bin.rules().zone(), bin.rules().capacity(), item.id()));
            BigDecimal perCase = BigDecimal.valueOf(item.packaging().eachesPerCase());
            depot.inventory().setPickFaceLevels(em, bin.id(), new PickFaceLevels(perCase.multiply(BigDecimal.valueOf(6)),
                    perCase.multiply(BigDecimal.valueOf(18))));
        }
    }

    /** Two deliveries due at the main warehouse: one late since yesterday, one due tomorrow, in whole cases at cost. */
    private void purchaseOrders(EntityManager em, List<Item> items, Warehouse warehouse) {
        PurchaseOrders purchasing = depot.purchaseOrders();
        Supplier northwind = purchasing.addSupplier(em, "NORTHWIND", "Northwind Supplies", new BigDecimal("5"));
        LocalDate today = LocalDate.now();
        List<List<Item>> deliveries = List.of(items.subList(0, 3), items.subList(3, 5));
        for (int d = 0; d < deliveries.size(); d++) {
            List<PurchaseOrders.OrderedItem> ordered = deliveries.get(d).stream()
                    .map(item -> new PurchaseOrders.OrderedItem(item, BigDecimal.valueOf(item.packaging().eachesPerCase() * 10L),
                            item.standardCost().amount()))
                    .toList();
            purchasing.open(em, new PurchaseOrders.NewPurchaseOrder(northwind.id(), warehouse.id(), today.plusDays(d == 0 ? -1 : 1),
                    CURRENCY, ordered));
        }
    }

    /** Northwind announced tomorrow's delivery: one pallet per line, by SSCC, with lot and expiry. */
    private void tomorrowsDeliveryAnnounced(EntityManager em) {
        PurchaseOrder order = depot.purchaseOrders().openIn(em, mainWarehouse(em).id()).getLast();
        List<PurchaseOrders.AnnouncedPallet> pallets = new ArrayList<>();
        for (int n = 0; n < order.lines().size(); n++) {
            PurchaseOrderLine line = order.lines().get(n);
            pallets.add(new PurchaseOrders.AnnouncedPallet(Sscc.of(1, "4012345", 4711L + n).digits(), List.of(
                    new PurchaseOrders.AnnouncedLine(line.sku(), line.ordered(), "NW-" + (4711 + n), order.expectedOn().plusMonths(18)))));
        }
        depot.purchaseOrders().announce(em, order.id(), pallets, null);
    }

    /**
     * The receiver has scanned in the first cases of the late delivery, one scan at a time: two sound
     * ones of its first line wait in receiving for putaway, a crushed one of its second line in
     * quarantine for inspection.
     */
    private void firstCasesIn() {
        for (int line = 0; line < 2; line++) {
            boolean damaged = line == 1;
            int onLine = line;
            depot.transactions().run(em -> {
                PurchaseOrder late = em.createQuery("select p from PurchaseOrder p order by p.expectedOn, p.number", PurchaseOrder.class)
                        .setMaxResults(1).getSingleResult();
                PurchaseOrderLine ordered = late.lines().get(onLine);
                int perCase = depot.catalog().byId(em, ordered.itemId()).orElseThrow().packaging().eachesPerCase();
                LocalDate today = LocalDate.now();
                depot.purchaseOrders().receive(em, new PurchaseOrders.Receipt(late.id(), ordered.sku(),
                        BigDecimal.valueOf(perCase * (damaged ? 1L : 2L)), "L" + today.getYear() + "-041" + (onLine + 2), today.plusYears(2),
                        null, damaged, new PurchaseOrders.Receiver(userId(em, "receiver"), late.warehouseId()), Instant.now()));
            });
        }
    }

    /** The carriers that collect from the warehouses, earliest first. */
    private void carriers(EntityManager em) {
        depot.waves().addCarrier(em, "OWN", "Own truck", LocalTime.of(11, 30));
        depot.waves().addCarrier(em, "DHL", "DHL Freight", LocalTime.of(15, 0));
        depot.waves().addCarrier(em, "UPS", "UPS Ground", LocalTime.of(17, 0));
    }

    /**
     * Orders of the main warehouse's customers taken at the order desk this morning, one of them a
     * rush; the first wave the planner suggests is released and picked (its order waits for packing),
     * the next one released, so the picker has a cart to pick.
     */
    private void ordersWaiting() {
        for (int i = 0; i < 11; i++) {
            int n = i;
            depot.transactions().run(em -> { // one order at a time, as the order desk takes them
                List<PlaceOrder.Line> lines = new ArrayList<>();
                for (int k = 0; k <= n % 3; k++) {
                    Item item = depot.catalog().bySku(em, DemoCatalog.PRODUCTS.get(ORDERED_ITEMS.get((n * 3 + k) % ORDERED_ITEMS.size())).sku())
                            .orElseThrow();
                    lines.add(new PlaceOrder.Line(item.id(), BigDecimal.valueOf(1 + (n + k) % 4), null, null));
                }
                List<Customer> customers = em.createQuery("select c from Customer c where c.homeWarehouseId = :w order by c.code",
                        Customer.class).setParameter("w", mainWarehouse(em).id()).getResultList();
                Customer customer = customers.get(n % customers.size());
                CaptureResult placed = depot.orderCapture().capture(em, new PlaceOrder(UuidV7.next(), customer.id(), lines, null,
                        "PO-" + (4410 + n), null), orderDesk(em), null);
                if (n == 9) {
                    depot.orderSteps().release().rush(em, placed.order().id(), orderDesk(em));
                }
            });
        }
        depot.transactions().run(em -> {
            UUID main = mainWarehouse(em).id();
            depot.orderSteps().release().releaseWave(em, main, depot.waves().plan(em, main).getFirst().orderIds(), orderDesk(em));
        });
        depot.transactions().run(this::firstWavePicked);
        depot.transactions().run(em -> {
            UUID main = mainWarehouse(em).id();
            depot.orderSteps().release().releaseWave(em, main, depot.waves().plan(em, main).getFirst().orderIds(), orderDesk(em));
            depot.replenishment().checkAll(em, main); // the pick faces the opening stock left low
        });
    }

    /** The picker has picked the first wave: its order waits at the pack station. */
    private void firstWavePicked(EntityManager em) {
        UserAccount picker = em.find(UserAccount.class, userId(em, "picker"));
        Warehouse main = mainWarehouse(em);
        for (PickTask task : depot.fulfillment().tasksOnTheFloor(em, main.id())) {
            depot.fulfillment().confirmPick(em, new PickConfirmation(task.id(), task.binCode(), task.gtin(), task.quantity(), null,
                    new PickConfirmation.Picker(picker.id(), picker.displayName(), main.id()), Instant.now()));
        }
    }

    private static Caller orderDesk(EntityManager em) {
        UserAccount desk = em.find(UserAccount.class, userId(em, "orderdesk"));
        return new Caller(desk.id(), desk.username(), desk.displayName(), desk.role(), null, null);
    }

    /** The supervisor wants the first bin of the main warehouse counted for the item it holds. */
    private void aCountAskedFor(EntityManager em) {
        Location bin = storageBins(em, mainWarehouse(em)).getFirst();
        UUID item = (UUID) em.createNativeQuery("SELECT item_id FROM stock_balance WHERE location_id = ? AND quantity > 0 ORDER BY item_id")
                .setParameter(1, bin.id()).setMaxResults(1).getSingleResult();
        depot.counting().request(em, new Counting.Request(bin, item, "Asked for by Sam Supervisor: cycle count of aisle A", null));
    }

    /**
     * Stock rebalanced between the warehouses: MAIN sends EAST two items tomorrow (its pickers have
     * them to load), and EAST's truck with two others is on its way to MAIN (its receivers have it to scan in).
     */
    private void transfersUnderWay() {
        LocalDate today = LocalDate.now();
        Actor supervisor = depot.transactions().inTransaction(em -> new Actor(userId(em, "supervisor"), "Sam Supervisor", null));
        Transfer fromEast = depot.transactions().inTransaction(em -> {
            depot.transfers().open(em, new Transfers.NewTransfer("MAIN", "EAST", today.plusDays(1),
                    List.of(twoCases(em, "LIN-33-BLK"), twoCases(em, "LIN-13-WHT"))), supervisor, null);
            return depot.transfers().open(em, new Transfers.NewTransfer("EAST", "MAIN", today,
                    List.of(twoCases(em, "CHM-SAN-1G"), twoCases(em, "MOP-HDL-60"))), supervisor, null);
        });
        for (TransferLine line : fromEast.lines()) { // one scan, one transaction, as on the handheld
            depot.transactions().run(em -> depot.transfers().load(em, new Transfers.Load(fromEast.id(), line.id(), line.fromCode(),
                    line.sku(), line.quantity(), supervisor.userId(), fromEast.fromWarehouseId(), Instant.now())));
        }
        depot.transactions().run(em -> depot.transfers().dispatch(em, fromEast.id(), supervisor, null));
    }

    private Transfers.Wanted twoCases(EntityManager em, String sku) {
        Item item = depot.catalog().bySku(em, sku).orElseThrow();
        return new Transfers.Wanted(item.sku(), BigDecimal.valueOf(2L * item.packaging().eachesPerCase()));
    }

    private static Warehouse mainWarehouse(EntityManager em) {
        return em.createQuery("select w from Warehouse w where w.code = 'MAIN'", Warehouse.class).getSingleResult();
    }

    private static List<Location> storageBins(EntityManager em, Warehouse warehouse) {
        return em.createQuery("select l from Location l where l.warehouseId = :w and l.type = :t order by l.walkSequence", Location.class)
                .setParameter("w", warehouse.id()).setParameter("t", LocationType.STORAGE).getResultList();
    }

    private void receive(EntityManager em, Item item, Location bin, int quantity, Instant at) {
        Movement receipt = new Movement(item.id(), null, bin, BigDecimal.valueOf(quantity), MovementReason.OPENING_STOCK,
                new Movement.SourceDocument("OPENING_STOCK", item.id()), at, null);
        Money value = depot.inventory().receive(em, receipt, item.standardCost()).value();
        depot.accounting().post(em, PostingRules.openingStock(item.id(), value));
    }

    private static String newPassword() {
        String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            if (i > 0 && i % 5 == 4) {
                password.append('-');
            } else {
                password.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
        }
        return password.toString();
    }

    private static void printCredentials(Map<String, String> credentials) {
        StringBuilder text = new StringBuilder("\nDemo data loaded. Sign in with (shown this once):\n");
        credentials.forEach((user, password) -> text.append(String.format("  %-36s %s%n", user, password)));
        System.out.println(text);
    }
}
