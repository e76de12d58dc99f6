package dev.depot.server.admin;

import dev.depot.server.DepotServer;
import io.helidon.config.Config;
import io.helidon.webserver.http.HttpRouting;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The web admin for the back office, at {@code /admin}: server-rendered pages (JTE) over the same use
 * cases as the API, with htmx for searches and actions. Settings under {@code depot.admin}:
 * {@code time-zone} (how times are shown; the server's zone unless set) and {@code csrf-secret}
 * (base64, at least 32 bytes, shared by every node; a random one per start unless set).
 */
public final class WebAdmin {

    private WebAdmin() {
    }

    public static void register(HttpRouting.Builder routing, DepotServer.Capabilities c, Config settings, Clock clock) {
        Csrf csrf = Csrf.withSecret(settings.get("csrf-secret").asString().asOptional());
        Display display = new Display(settings.get("time-zone").as(ZoneId.class).orElse(ZoneId.systemDefault()), clock);
        Pages pages = new Pages();
        AdminGuard guard = new AdminGuard(csrf, pages);
        OrderDetails details = new OrderDetails(c.orders(), c.inventory(), c.waves(), display);
        routing.get("/", (req, res) -> Pages.redirect(res, ReturnPath.HOME));
        AdminAssets.register(routing);
        routing.register("/admin",
                new SignInPages(c.identity(), csrf, guard, pages, clock),
                new OrderListPage(c.transactions(), c.orders(), guard, pages, display),
                new OrderPages(c.transactions(), c.orderSteps(), details, guard, pages, display),
                new StockOverviewPage(c.transactions(), c.inventory(), c.catalog(), c.purchaseOrders(), c.putaway(), c.inspection(), guard, pages,
                        display),
                new ItemLedgerPage(c.transactions(), c.inventory(), c.catalog(), c.availability(), guard, pages, display),
                new WavePages(c.transactions(), c.waves(), c.orderSteps(), c.inventory(), c.replenishment(), guard, pages, display),
                new PackingPages(c.transactions(), c.orders(), c.orderSteps(), c.shipping(), c.waves(), c.inventory(), guard, pages, display),
                new ExceptionQueuePage(c.transactions(), c.exceptionQueue(), guard, pages, display),
                new TransferPages(c.transactions(), c.transfers(), c.inventory(), guard, pages, display, clock),
                new CountPages(c.transactions(), c.counting(), c.inventory(), c.catalog(), guard, pages, display),
                new ConflictPages(c.transactions(), c.contactEdits(), guard, pages, display),
                new DevicePages(c.transactions(), c.revokeDevice(), new DeviceRows(display), guard, pages));
    }
}
