package dev.depot.server.admin;

import dev.depot.model.identity.Role;
import dev.depot.server.identity.Caller;
import dev.depot.server.identity.UserAccount;
import dev.depot.server.identity.Users;
import dev.depot.server.inventory.Inventory;
import dev.depot.server.orders.OrderRoutes;
import dev.depot.server.orders.OrderSteps;
import dev.depot.server.platform.Ids;
import dev.depot.server.platform.ProblemException;
import dev.depot.server.platform.Transactions;
import dev.depot.server.replenishment.Replenishment;
import dev.depot.server.replenishment.ReplenishmentTask;
import dev.depot.server.waves.Carrier;
import dev.depot.server.waves.Priority;
import dev.depot.server.waves.Wave;
import dev.depot.server.waves.WavePlanner;
import dev.depot.server.waves.WaveProgress;
import dev.depot.server.waves.Waves;
import io.helidon.common.parameters.Parameters;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.persistence.EntityManager;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * {@code /admin/waves}: the wave planner of a warehouse (the orders waiting for release, grouped by
 * priority, carrier cut-off and zone, each wave released with one button) and the waves on the
 * floor with their progress, who picked what, and who the wave is assigned to; the pick faces waiting
 * to be filled from reserve.
 */
final class WavePages implements HttpService {

    /** Who sees the planner and releases waves: the people who release orders. */
    static final Set<Role> ROLES = OrderRoutes.RELEASERS;
    /** Who hands a wave to a picker: the floor's supervisors and administrators. */
    static final Set<Role> ASSIGNERS = EnumSet.of(Role.SUPERVISOR, Role.ADMIN);

    private static final Map<String, String> DONE = Map.of(
            "released", "Wave released: its tasks are on the handhelds of the warehouse, one tote per order.",
            "assigned", "Wave assigned: the handhelds show it to that picker only.",
            "unassigned", "Wave open to every picker of the warehouse.",
            "checked", "Pick faces checked: each one at its minimum has its tasks on the pickers' handhelds.");

    private final Transactions transactions;
    private final Waves waves;
    private final OrderSteps steps;
    private final Inventory inventory;
    private final Replenishment replenishment;
    private final AdminGuard guard;
    private final Pages pages;
    private final Display display;

    WavePages(Transactions transactions, Waves waves, OrderSteps steps, Inventory inventory, Replenishment replenishment,
              AdminGuard guard, Pages pages, Display display) {
        this.transactions = transactions;
        this.waves = waves;
        this.steps = steps;
        this.inventory = inventory;
        this.replenishment = replenishment;
        this.guard = guard;
        this.pages = pages;
        this.display = display;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/waves", guard.page(this::show))
                .post("/waves", guard.form(this::release))
                .post("/waves/{id}/assign", guard.form(this::assign))
                .post("/waves/pick-faces", guard.form(this::checkPickFaces));
    }

    private void show(ServerRequest req, ServerResponse res, AdminSession session) {
        AdminGuard.allowed(session.caller(), ROLES, "plan waves");
        Notice notice = req.query().first("done").map(DONE::get).map(Notice::success).orElse(null);
        render(res, Status.OK_200, session, req.query().first("warehouse").orElse(""), notice);
    }

    /** Releases exactly the orders of the wave as the page showed it; if one of them has moved on meanwhile, none is released. */
    private void release(ServerRequest req, ServerResponse res, AdminSession session, Parameters form) {
        String code = form.first("warehouse").orElse("");
        try {
            Caller caller = AdminGuard.allowed(session.caller(), ROLES, "release waves");
            List<UUID> orders = form.all("order").stream().map(id -> Ids.fromField(id, "order")).toList();
            transactions.run(em -> steps.release().releaseWave(em, ChosenWarehouse.of(em, inventory, caller, code).warehouse().id(),
                    orders, caller));
            Pages.redirect(res, address(code) + "&done=released");
        } catch (ProblemException e) {
            render(res, e.type().status(), session, code, Notice.error("No order was released: " + AdminGuard.refusal(e)));
        }
    }

    private void assign(ServerRequest req, ServerResponse res, AdminSession session, Parameters form) {
        String code = form.first("warehouse").orElse("");
        try {
            Caller caller = AdminGuard.allowed(session.caller(), ASSIGNERS, "assign waves");
            UUID wave = Ids.fromPath(req, "id", "wave");
            String pickerId = form.first("picker").orElse("").strip();
            transactions.run(em -> {
                UserAccount picker = pickerId.isEmpty() ? null : new Users(em).byId(Ids.fromField(pickerId, "picker"))
                        .orElseThrow(() -> ProblemException.invalid("picker", "no such picker"));
                waves.assign(em, wave, picker, caller.warehouseId());
            });
            Pages.redirect(res, address(code) + "&done=" + (pickerId.isEmpty() ? "unassigned" : "assigned"));
        } catch (ProblemException e) {
            render(res, e.type().status(), session, code, Notice.error("The wave stays as it was: " + AdminGuard.refusal(e)));
        }
    }

    /** Tasks for every pick face at its minimum, for a supervisor after changing levels or correcting counts. */
    private void checkPickFaces(ServerRequest req, ServerResponse res, AdminSession session, Parameters form) {
        String code = form.first("warehouse").orElse("");
        try {
            Caller caller = AdminGuard.allowed(session.caller(), ASSIGNERS, "replenish pick faces");
            transactions.run(em -> replenishment.checkAll(em, ChosenWarehouse.of(em, inventory, caller, code).warehouse().id()));
            Pages.redirect(res, address(code) + "&done=checked");
        } catch (ProblemException e) {
            render(res, e.type().status(), session, code, Notice.error("Nothing was planned: " + AdminGuard.refusal(e)));
        }
    }

    private void render(ServerResponse res, Status status, AdminSession session, String code, Notice notice) {
        Caller caller = AdminGuard.allowed(session.caller(), ROLES, "plan waves");
        WavesView view = transactions.inTransaction(em -> {
            ChosenWarehouse chosen = ChosenWarehouse.of(em, inventory, caller, code);
            UUID warehouse = chosen.warehouse().id();
            Map<String, Carrier> carriers = waves.carriers(em).stream().collect(Collectors.toMap(Carrier::code, Function.identity()));
            List<UserAccount> pickers = new Users(em).inWarehouse(warehouse, Role.PICKER);
            Map<UUID, String> names = pickers.stream().collect(Collectors.toMap(UserAccount::id, UserAccount::displayName));
            Waves.Schedule schedule = waves.schedule(em, warehouse, display.timeOfDay());
            List<WavePlanner.ScheduledWave> plan = schedule.waves();
            return new WavesView(Layout.of("Waves", Layout.Section.WAVES, session), notice, chosen.choices(), chosen.warehouse().code(),
                    IntStream.range(0, plan.size()).mapToObj(i -> planned(i + 1, plan.get(i))).toList(), pace(schedule),
                    waves.onTheFloor(em, warehouse).stream().map(p -> onFloor(em, p, carriers, names)).toList(),
                    pickers.stream().map(p -> new WavesView.Picker(p.id().toString(), p.displayName())).toList(),
                    replenishment.open(em, warehouse).stream().map(this::fill).toList(), ASSIGNERS.contains(caller.role()),
                    session.csrf());
        });
        pages.render(res, status, "waves", view);
    }

    private WavesView.Planned planned(int index, WavePlanner.ScheduledWave scheduled) {
        WavePlanner.PlannedWave wave = scheduled.wave();
        return new WavesView.Planned(index, wave.priority() == Priority.RUSH, carrier(wave.carrierName(), wave.cutoff()), zone(wave.zone()),
                wave.orders().stream().map(o -> new WavesView.OrderRef(o.orderId().toString(), o.number(), o.customerName(),
                        OrderDetails.path(o.orderId()))).toList(),
                wave.lines(), Display.quantity(wave.units()), timing(scheduled),
                scheduled.timing() == WavePlanner.Timing.MISSES_CUTOFF || scheduled.timing() == WavePlanner.Timing.CUTOFF_PASSED);
    }

    /** What the times of the waves assume. */
    private static String pace(Waves.Schedule schedule) {
        return schedule.linesPerPickerHour() + " lines an hour per picker, " + schedule.pickers()
                + (schedule.pickers() == 1 ? " picker" : " pickers") + " here, after the " + schedule.linesOnTheFloor()
                + (schedule.linesOnTheFloor() == 1 ? " pick" : " picks") + " already on the floor";
    }

    /** When the wave would be picked at the floor's pace, and what that means for its cut-off. */
    private static String timing(WavePlanner.ScheduledWave scheduled) {
        String by = scheduled.pickedBy() == null ? "after midnight" : "by " + scheduled.pickedBy();
        LocalTime cutoff = scheduled.wave().cutoff();
        return switch (scheduled.timing()) {
            case IN_TIME -> "Picked " + by + ", before the " + cutoff + " cut-off";
            case MISSES_CUTOFF -> "Picked " + by + ": misses the " + cutoff + " cut-off";
            case CUTOFF_PASSED -> "The " + cutoff + " cut-off has passed: goes with the next collection";
            case NO_CUTOFF -> "Picked " + by;
            case NO_PICKERS -> "No picker works here yet";
        };
    }

    private WavesView.Fill fill(ReplenishmentTask task) {
        return new WavesView.Fill(task.toCode(), task.sku(), task.itemName(), task.fromCode(), Display.quantity(task.remaining()),
                display.time(task.createdAt()));
    }

    private WavesView.OnFloor onFloor(EntityManager em, WaveProgress progress, Map<String, Carrier> carriers, Map<UUID, String> names) {
        Wave wave = progress.wave();
        Carrier carrier = wave.carrierCode() == null ? null : carriers.get(wave.carrierCode());
        String pickedBy = progress.donePerPicker().entrySet().stream()
                .map(e -> name(em, names, e.getKey()) + " (" + e.getValue() + ")").sorted().collect(Collectors.joining(", "));
        return new WavesView.OnFloor(wave.id().toString(), wave.number(), wave.priority() == Priority.RUSH,
                carrier == null ? carrier(null, null) : carrier(carrier.name(), carrier.cutoff()), zone(wave.zone()), wave.orderCount(),
                display.time(wave.releasedAt()) + " by " + wave.releasedBy(), progress.state().title(),
                progress.state().name().toLowerCase(), progress.done(), progress.tasks(),
                Display.quantity(progress.picked()) + " of " + Display.quantity(progress.units()), progress.shorts(),
                pickedBy.isEmpty() ? "—" : pickedBy, wave.assignedTo() == null ? "" : wave.assignedTo().toString(),
                wave.assignedTo() == null ? "Any picker" : name(em, names, wave.assignedTo()));
    }

    /** A picker's name; someone moved to another warehouse since is looked up. */
    private static String name(EntityManager em, Map<UUID, String> names, UUID user) {
        return names.computeIfAbsent(user, id -> new Users(em).byId(id).map(UserAccount::displayName).orElse("someone"));
    }

    private static String carrier(String name, LocalTime cutoff) {
        return name == null ? "No carrier" : name + " · " + cutoff;
    }

    private static String zone(String zone) {
        return zone == null ? "—" : zone;
    }

    private static String address(String warehouse) {
        return WavesView.PATH + "?warehouse=" + URLEncoder.encode(warehouse, StandardCharsets.UTF_8);
    }
}
