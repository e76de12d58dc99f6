package dev.depot.server.admin;

import dev.depot.server.identity.Devices;
import dev.depot.server.identity.RegisteredDevices;
import dev.depot.server.identity.RevokeDevice;
import dev.depot.server.platform.Ids;
import dev.depot.server.platform.Transactions;
import dev.depot.server.syncapi.PushedCommands;
import io.helidon.common.parameters.Parameters;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code /admin/devices}: the registered devices an administrator (all) or a warehouse supervisor (their
 * people's) oversees, and revoking one. Revoking asks first, on a page of its own, so it works the
 * same without JavaScript; the form then posts with the admin's CSRF checks.
 */
final class DevicePages implements HttpService {

    static final int PAGE_SIZE = 25;

    private final Transactions transactions;
    private final RevokeDevice revokeDevice;
    private final DeviceRows deviceRows;
    private final AdminGuard guard;
    private final Pages pages;

    DevicePages(Transactions transactions, RevokeDevice revokeDevice, DeviceRows deviceRows, AdminGuard guard, Pages pages) {
        this.transactions = transactions;
        this.revokeDevice = revokeDevice;
        this.deviceRows = deviceRows;
        this.guard = guard;
        this.pages = pages;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/devices", guard.page(this::list))
                .get("/devices/{id}/revoke", guard.page(this::confirm))
                .post("/devices/{id}/revoke", guard.form(this::revoke));
    }

    private void list(ServerRequest req, ServerResponse res, AdminSession session) {
        PageRequest page = PageRequest.of(req, PAGE_SIZE);
        Optional<UUID> revoked = req.query().first("revoked").asOptional().flatMap(DevicePages::uuid);
        DeviceListView view = transactions.inTransaction(em -> {
            List<Devices.Registered> found = RegisteredDevices.page(em, session.caller(), page.offset(), page.limit() + 1);
            List<Devices.Registered> shown = found.stream().limit(page.limit()).toList();
            Map<UUID, PushedCommands.Tally> tallies = new PushedCommands(em).tallies(shown.stream().map(r -> r.device().id()).toList());
            Notice notice = revoked.map(id -> revokedNotice(em, session, id)).orElse(null);
            return new DeviceListView(Layout.of("Devices", Layout.Section.DEVICES, session), notice, deviceRows.rows(shown, tallies),
                    PageLinks.of(page, shown.size(), found.size() > page.limit(), offset -> DeviceListView.PATH + "?offset=" + offset),
                    "No devices yet. A device appears here once someone signs in on it.");
        });
        pages.render(res, Pages.wantsFragment(req) ? "deviceResults" : "devices", view);
    }

    private void confirm(ServerRequest req, ServerResponse res, AdminSession session) {
        UUID id = Ids.fromPath(req, "id", "device");
        DeviceListView.DeviceRow device = transactions.inTransaction(em -> row(em, RegisteredDevices.one(em, session.caller(), id)));
        if (device.isRevoked()) {
            Pages.redirect(res, DeviceListView.PATH);
            return;
        }
        pages.render(res, "revokeDevice", new RevokeDeviceView(Layout.of("Revoke " + device.name(), Layout.Section.DEVICES, session),
                device));
    }

    private void revoke(ServerRequest req, ServerResponse res, AdminSession session, Parameters form) {
        UUID id = Ids.fromPath(req, "id", "device");
        transactions.run(em -> revokeDevice.revoke(em, id, session.caller()));
        Pages.redirect(res, DeviceListView.PATH + "?revoked=" + id);
    }

    private Notice revokedNotice(EntityManager em, AdminSession session, UUID id) {
        Devices.Registered registered = RegisteredDevices.one(em, session.caller(), id);
        return Notice.success("Revoked \u201c" + registered.device().name() + "\u201d of " + registered.owner().displayName()
                + ". Its next sync is refused, and it wipes what it holds.");
    }

    private DeviceListView.DeviceRow row(EntityManager em, Devices.Registered registered) {
        UUID id = registered.device().id();
        return deviceRows.row(registered, new PushedCommands(em).tallies(List.of(id)).getOrDefault(id, PushedCommands.Tally.NONE));
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
