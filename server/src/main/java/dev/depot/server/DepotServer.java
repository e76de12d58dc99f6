package dev.depot.server;

import dev.depot.server.accounting.Accounting;
import dev.depot.server.accounting.AccountingRoutes;
import dev.depot.server.accounting.JournalEntry;
import dev.depot.server.accounting.JournalLine;
import dev.depot.server.admin.WebAdmin;
import dev.depot.server.audit.Audit;
import dev.depot.server.audit.AuditEntry;
import dev.depot.server.availability.Availability;
import dev.depot.server.availability.AvailabilityRoutes;
import dev.depot.server.billing.Billing;
import dev.depot.server.billing.Invoice;
import dev.depot.server.billing.InvoiceLine;
import dev.depot.server.catalog.Catalog;
import dev.depot.server.catalog.CatalogRoutes;
import dev.depot.server.catalog.Item;
import dev.depot.server.counting.CountTask;
import dev.depot.server.counting.Counting;
import dev.depot.server.demo.DemoData;
import dev.depot.server.fulfillment.ExceptionQueue;
import dev.depot.server.fulfillment.Fulfillment;
import dev.depot.server.fulfillment.PickTask;
import dev.depot.server.fulfillment.ResolveWarehouseException;
import dev.depot.server.fulfillment.WarehouseException;
import dev.depot.server.fulfillment.WarehouseExceptions;
import dev.depot.server.identity.Authentication;
import dev.depot.server.identity.Device;
import dev.depot.server.identity.Identity;
import dev.depot.server.identity.PasswordHasher;
import dev.depot.server.identity.RevokeDevice;
import dev.depot.server.identity.SessionRoutes;
import dev.depot.server.identity.UserAccount;
import dev.depot.server.identity.UserSession;
import dev.depot.server.inbox.Inbox;
import dev.depot.server.inbox.InboxEntry;
import dev.depot.server.inventory.Inventory;
import dev.depot.server.inventory.ItemValuation;
import dev.depot.server.inventory.Location;
import dev.depot.server.inventory.Reservation;
import dev.depot.server.inventory.StockBalance;
import dev.depot.server.inventory.StockMovement;
import dev.depot.server.inventory.StockRoutes;
import dev.depot.server.inventory.Warehouse;
import dev.depot.server.orders.InvoiceOrder;
import dev.depot.server.orders.OrderCapture;
import dev.depot.server.orders.OrderEvent;
import dev.depot.server.orders.OrderLine;
import dev.depot.server.orders.OrderPickProgress;
import dev.depot.server.orders.OrderRoutes;
import dev.depot.server.orders.OrderSteps;
import dev.depot.server.orders.Orders;
import dev.depot.server.orders.PackOrder;
import dev.depot.server.orders.Quoting;
import dev.depot.server.orders.ReleaseCreditHold;
import dev.depot.server.orders.ReleaseOrder;
import dev.depot.server.orders.SalesOrder;
import dev.depot.server.orders.ShipOrder;
import dev.depot.server.partners.ChangeCustomerContact;
import dev.depot.server.partners.ContactChange;
import dev.depot.server.partners.ContactConflict;
import dev.depot.server.partners.ContactConflicts;
import dev.depot.server.partners.ContactEdits;
import dev.depot.server.partners.Customer;
import dev.depot.server.partners.CustomerRoutes;
import dev.depot.server.partners.MergeContactEdit;
import dev.depot.server.partners.Partners;
import dev.depot.server.partners.ResolveContactConflict;
import dev.depot.server.partners.ShipToAddress;
import dev.depot.server.platform.Database;
import dev.depot.server.platform.DatabaseSettings;
import dev.depot.server.platform.DatabaseVendor;
import dev.depot.server.platform.HttpProblems;
import dev.depot.server.platform.InstantConverter;
import dev.depot.server.platform.Transactions;
import dev.depot.server.pricing.ItemPriceRecord;
import dev.depot.server.pricing.PriceListRecord;
import dev.depot.server.pricing.Pricing;
import dev.depot.server.purchasing.AsnPallet;
import dev.depot.server.purchasing.AsnPalletLine;
import dev.depot.server.purchasing.GoodsReceipt;
import dev.depot.server.purchasing.Inspection;
import dev.depot.server.purchasing.PurchaseOrder;
import dev.depot.server.purchasing.PurchaseOrderLine;
import dev.depot.server.purchasing.PurchaseOrderRoutes;
import dev.depot.server.purchasing.PurchaseOrders;
import dev.depot.server.purchasing.QuarantineDecision;
import dev.depot.server.purchasing.Supplier;
import dev.depot.server.putaway.Putaway;
import dev.depot.server.putaway.PutawayScan;
import dev.depot.server.putaway.PutawayTask;
import dev.depot.server.replenishment.Replenishment;
import dev.depot.server.replenishment.ReplenishmentTask;
import dev.depot.server.shipping.Carton;
import dev.depot.server.shipping.CartonLine;
import dev.depot.server.shipping.Shipment;
import dev.depot.server.shipping.Shipping;
import dev.depot.server.syncapi.ChangeFeed;
import dev.depot.server.syncapi.FeedWakeups;
import dev.depot.server.syncapi.LongPoll;
import dev.depot.server.syncapi.PostgresChangeFeed;
import dev.depot.server.syncapi.PostgresFeedListener;
import dev.depot.server.syncapi.PushedCommand;
import dev.depot.server.syncapi.SerializedChangeFeed;
import dev.depot.server.syncapi.SyncApi;
import dev.depot.server.syncapi.SyncSettings;
import dev.depot.server.transfers.Transfer;
import dev.depot.server.transfers.TransferLine;
import dev.depot.server.transfers.TransferReceipt;
import dev.depot.server.transfers.TransferRoutes;
import dev.depot.server.transfers.Transfers;
import dev.depot.server.waves.Carrier;
import dev.depot.server.waves.Wave;
import dev.depot.server.waves.WavePlanner;
import dev.depot.server.waves.Waves;
import io.helidon.config.Config;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Depot assembled: the database, each capability's use cases, and the HTTP routes over them. Read it
 * top to bottom to see what the server is made of; tests start it the same way on a random port.
 */
public final class DepotServer implements AutoCloseable {

    static final List<Class<?>> ENTITIES = List.of(
            InstantConverter.class,
            UserAccount.class, UserSession.class, Device.class,
            Item.class, PriceListRecord.class, ItemPriceRecord.class, Customer.class, ShipToAddress.class,
            Warehouse.class, Location.class, StockMovement.class, StockBalance.class, Reservation.class, ItemValuation.class,
            JournalEntry.class, JournalLine.class, Invoice.class, InvoiceLine.class,
            SalesOrder.class, OrderLine.class, OrderEvent.class, PickTask.class, Carrier.class, Wave.class, Carton.class, CartonLine.class,
            Shipment.class,
            AuditEntry.class, PushedCommand.class,
            InboxEntry.class, WarehouseException.class, CountTask.class, ContactChange.class, ContactConflict.class,
            Supplier.class, PurchaseOrder.class, PurchaseOrderLine.class, GoodsReceipt.class, QuarantineDecision.class, PutawayTask.class,
            PutawayScan.class, ReplenishmentTask.class, AsnPallet.class, AsnPalletLine.class, Transfer.class, TransferLine.class,
            TransferReceipt.class);

    private final Database database;
    private final FeedWakeups wakeups;
    private final Optional<PostgresFeedListener> feedListener;
    private final Capabilities capabilities;
    private final WebServer webServer;

    private DepotServer(Database database, FeedWakeups wakeups, Optional<PostgresFeedListener> feedListener, Capabilities capabilities,
                        WebServer webServer) {
        this.database = database;
        this.wakeups = wakeups;
        this.feedListener = feedListener;
        this.capabilities = capabilities;
        this.webServer = webServer;
    }

    /** The use cases of each capability, wired over one database. */
    public record Capabilities(Transactions transactions, Identity identity, Catalog catalog, Pricing pricing, Partners partners,
                               Inventory inventory, Accounting accounting, Fulfillment fulfillment, Orders orders,
                               OrderCapture orderCapture, OrderSteps orderSteps, SyncApi sync, Inbox inbox,
                               ContactEdits contactEdits, ExceptionQueue exceptionQueue,
                               RevokeDevice revokeDevice, PurchaseOrders purchaseOrders, Putaway putaway,
                               Inspection inspection, Counting counting, Waves waves, Shipping shipping,
                               Replenishment replenishment, Transfers transfers, Availability availability) {
    }

    public static DepotServer start(Config config, Clock anyClock) {
        // The databases keep microseconds: a time published with a change must equal the same time read back.
        Clock clock = Clock.tick(anyClock, Duration.ofNanos(1_000));
        Config depot = config.get("depot");
        Database database = Database.open(DatabaseSettings.from(depot.get("db")), ENTITIES);
        FeedWakeups wakeups = new FeedWakeups();
        // other nodes' commits reach this one only through PostgreSQL; on H2 (one node) the writers wake pulls themselves
        Optional<PostgresFeedListener> feedListener = database.vendor() == DatabaseVendor.POSTGRESQL
                ? Optional.of(PostgresFeedListener.start(database, wakeups)) : Optional.empty();
        try {
            Capabilities capabilities = wire(database, depot, clock, wakeups);
            DemoData.loadIfWanted(depot, database.vendor(), capabilities);
            WebServer webServer = WebServer.builder()
                    .config(config.get("server"))
                    .port(depot.get("port").asInt().orElse(config.get("server.port").asInt().orElse(8080)))
                    .routing(routing -> routes(routing, capabilities, depot, clock))
                    .build()
                    .start();
            capabilities.sync().retention().pruneEvery(syncSettings(depot).pruneEvery());
            return new DepotServer(database, wakeups, feedListener, capabilities, webServer);
        } catch (RuntimeException e) {
            closeAll(wakeups, feedListener, database);
            throw e;
        }
    }

    private static Capabilities wire(Database database, Config depot, Clock clock, FeedWakeups wakeups) {
        Transactions transactions = new Transactions(database.entityManagers());
        ChangeFeed feed = database.vendor() == DatabaseVendor.POSTGRESQL ? new PostgresChangeFeed(clock)
                : new SerializedChangeFeed(clock, wakeups);
        Identity identity = new Identity(transactions, new PasswordHasher(), clock,
                depot.get("sessions.ttl").as(Duration.class).orElse(Duration.ofHours(12)));
        Catalog catalog = new Catalog(feed);
        Pricing pricing = new Pricing(feed);
        Partners partners = new Partners(feed, clock);
        Inventory inventory = new Inventory(clock, database.vendor(), feed);
        Accounting accounting = new Accounting(clock);
        Billing billing = new Billing(partners, accounting, feed, clock);
        Audit audit = new Audit(clock);
        Inbox inbox = new Inbox(feed, clock);
        Orders orders = new Orders(feed, clock);
        Replenishment replenishment = new Replenishment(clock, inventory, feed);
        Counting counting = new Counting(clock, catalog, inventory, accounting, feed, replenishment);
        WarehouseExceptions exceptions = new WarehouseExceptions(clock, counting);
        Fulfillment fulfillment = new Fulfillment(inventory, feed, new OrderPickProgress(orders), exceptions, replenishment);
        ExceptionQueue exceptionQueue = new ExceptionQueue(exceptions, new ResolveWarehouseException(exceptions, inbox, audit, clock));
        ContactConflicts conflicts = new ContactConflicts();
        ContactEdits contactEdits = new ContactEdits(new MergeContactEdit(partners, audit, clock), new ChangeCustomerContact(partners, audit),
                new ResolveContactConflict(partners, conflicts, inbox, audit, clock), conflicts);
        OrderCapture capture = new OrderCapture(orders, partners, new Quoting(catalog, pricing), inventory, audit);
        Waves waves = new Waves(clock, fulfillment, new WavePlanner(WavePlanner.DEFAULT.totesPerCart(), WavePlanner.DEFAULT.maxLines(),
                depot.get("waves.lines-per-picker-hour").asInt().orElse(WavePlanner.DEFAULT.linesPerPickerHour())));
        Shipping shipping = new Shipping(clock, depot.get("gs1.company-prefix").asString().get());
        PackOrder pack = new PackOrder(orders, shipping, audit);
        OrderSteps steps = new OrderSteps(new ReleaseOrder(orders, catalog, fulfillment, waves, audit), new ReleaseCreditHold(orders, audit, inbox),
                pack, new ShipOrder(orders, inventory, fulfillment, pack, shipping, accounting, audit),
                new InvoiceOrder(orders, partners, billing, audit));
        Putaway putaway = new Putaway(clock, inventory, feed);
        PurchaseOrders purchaseOrders = new PurchaseOrders(clock, inventory, accounting, putaway, catalog, audit, feed);
        Transfers transfers = new Transfers(clock, inventory, catalog, accounting, putaway, audit, feed);
        SyncSettings settings = syncSettings(depot);
        SyncApi sync = new SyncApi(transactions, feed, new SyncApi.Wiring(capture, fulfillment, purchaseOrders, putaway, counting, replenishment,
                transfers, partners, inbox, contactEdits.merge(), List.of(catalog, pricing, partners, orders, billing, fulfillment, purchaseOrders,
                putaway, counting, replenishment, transfers, inventory, inbox)),
                clock, settings,
                new LongPoll(wakeups, settings.maxWait(), depot.get("sync.feed-recheck").as(Duration.class).orElse(Duration.ofSeconds(5))));
        return new Capabilities(transactions, identity, catalog, pricing, partners, inventory, accounting, fulfillment, orders, capture,
                steps, sync, inbox, contactEdits, exceptionQueue, new RevokeDevice(audit, clock), purchaseOrders, putaway,
                new Inspection(clock, inventory, accounting, putaway), counting, waves, shipping, replenishment, transfers,
                new Availability(clock, inventory, purchaseOrders, transfers));
    }

    private static SyncSettings syncSettings(Config depot) {
        return new SyncSettings(depot.get("sync.max-wait").as(Duration.class).orElse(SyncSettings.DEFAULT_MAX_WAIT),
                depot.get("sync.retention").as(Duration.class).orElse(SyncSettings.DEFAULT_RETENTION),
                depot.get("sync.prune-every").as(Duration.class).orElse(SyncSettings.DEFAULT_PRUNE_EVERY),
                depot.get("sync.snapshot-page").asInt().orElse(SyncSettings.DEFAULT_SNAPSHOT_PAGE));
    }

    private static void routes(HttpRouting.Builder routing, Capabilities c, Config depot, Clock clock) {
        HttpProblems.register(routing);
        Transactions tx = c.transactions();
        routing.addFilter(new Authentication(c.identity()))
                .register("/api/session", new SessionRoutes(c.identity()))
                .register("/api/items", new CatalogRoutes(tx, c.catalog()))
                .register("/api/customers", new CustomerRoutes(tx, c.partners(), c.contactEdits().change()))
                .register("/api/stock", new StockRoutes(tx, c.inventory()))
                .register("/api/orders", new OrderRoutes(tx, c.orders(), c.orderCapture(), c.orderSteps()))
                .register("/api/accounting", new AccountingRoutes(tx, c.accounting()))
                .register("/api/purchase-orders", new PurchaseOrderRoutes(tx, c.purchaseOrders()))
                .register("/api/transfers", new TransferRoutes(tx, c.transfers()))
                .register("/api/availability", new AvailabilityRoutes(tx, c.availability(), c.inventory(), c.catalog()))
                .register("/sync", c.sync().routes(c.identity()));
        WebAdmin.register(routing, c, depot.get("admin"), clock);
        routing.any("/api/*", HttpProblems::noSuchEndpoint)
                .any("/sync/*", HttpProblems::noSuchEndpoint);
    }

    public int port() {
        return webServer.port();
    }

    public Capabilities capabilities() {
        return capabilities;
    }

    public Database database() {
        return database;
    }

    /** Waiting pulls answer at once, then the server stops taking requests, then the database goes. */
    @Override
    public void close() {
        wakeups.stop();
        try {
            capabilities.sync().retention().close();
            webServer.stop();
        } finally {
            closeAll(wakeups, feedListener, database);
        }
    }

    private static void closeAll(FeedWakeups wakeups, Optional<PostgresFeedListener> feedListener, Database database) {
        wakeups.stop();
        try {
            feedListener.ifPresent(PostgresFeedListener::close);
        } finally {
            database.close();
        }
    }
}
