package dev.depot.server.admin;

import dev.depot.model.identity.Role;
import dev.depot.server.fulfillment.ExceptionQueue;
import dev.depot.server.fulfillment.WarehouseException;
import dev.depot.server.identity.Caller;
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
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * {@code /admin/exceptions}: the picks that contradicted the plan, oldest first with their age, for
 * supervisors to check on their floor (administrators see every warehouse) and resolve with a note. With htmx a resolution answers the
 * refreshed panel; without it, a redirect back to the queue.
 */
final class ExceptionQueuePage implements HttpService {

    static final Set<Role> ROLES = EnumSet.of(Role.SUPERVISOR, Role.ADMIN);
    private static final int RESOLVED_SHOWN = 10;
    /** Older than a shift: someone should have looked by now. */
    private static final Duration OVERDUE = Duration.ofHours(8);

    private final Transactions transactions;
    private final ExceptionQueue queue;
    private final AdminGuard guard;
    private final Pages pages;
    private final Display display;

    ExceptionQueuePage(Transactions transactions, ExceptionQueue queue, AdminGuard guard, Pages pages, Display display) {
        this.transactions = transactions;
        this.queue = queue;
        this.guard = guard;
        this.pages = pages;
        this.display = display;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/exceptions", guard.page(this::show))
                .post("/exceptions/{id}/resolve", guard.form(this::resolve));
    }

    private void show(ServerRequest req, ServerResponse res, AdminSession session) {
        requireRole(session.caller());
        Notice notice = req.query().contains("resolved") ? Notice.success("Exception resolved; the picker has been told.") : null;
        render(req, res, Status.OK_200, session, notice, null);
    }

    private void resolve(ServerRequest req, ServerResponse res, AdminSession session, Parameters form) {
        Caller caller = requireRole(session.caller());
        UUID id = Ids.fromPath(req, "id", "exception");
        try {
            WarehouseException done = transactions.inTransaction(em -> queue.resolve().resolve(em, id, form.first("note").orElse(""),
                    caller));
            if (!Pages.wantsFragment(req)) {
                Pages.redirect(res, ExceptionQueueView.PATH + "?resolved");
                return;
            }
            render(req, res, Status.OK_200, session, Notice.success(done.kind().title() + " at " + done.binCode() + " for "
                    + done.orderNumber() + " resolved; the picker has been told."), null);
        } catch (ProblemException e) {
            String error = e.violations().isEmpty() ? AdminGuard.sentence(e.getMessage())
                    : AdminGuard.sentence(e.violations().getFirst().message());
            render(req, res, e.type().status(), session, Notice.error("The exception is still open: " + Display.uncapitalized(error)),
                    new ExceptionQueueView.Failed(id.toString(), error));
        }
    }

    private static Caller requireRole(Caller caller) {
        return AdminGuard.allowed(caller, ROLES, "work the exceptions queue; it is for warehouse supervisors and administrators");
    }

    private void render(ServerRequest req, ServerResponse res, Status status, AdminSession session, Notice notice,
                        ExceptionQueueView.Failed failed) {
        UUID warehouse = session.caller().warehouseId();
        ExceptionQueueView.Panel panel = transactions.inTransaction(em -> new ExceptionQueueView.Panel(
                open(em, warehouse).stream().map(this::openRow).toList(),
                resolved(em, warehouse).stream().map(this::resolvedRow).toList(), notice, failed, session.csrf()));
        if (Pages.wantsFragment(req)) {
            pages.render(res, status, "exceptionPanel", panel);
        } else {
            pages.render(res, status, "exceptions", new ExceptionQueueView(Layout.of("Exceptions", Layout.Section.EXCEPTIONS, session),
                    panel));
        }
    }

    /** A supervisor's own warehouse; every warehouse for someone without one (an administrator). */
    private List<WarehouseException> open(EntityManager em, UUID warehouse) {
        return warehouse == null ? queue.exceptions().open(em) : queue.exceptions().openIn(em, warehouse);
    }

    private List<WarehouseException> resolved(EntityManager em, UUID warehouse) {
        return warehouse == null ? queue.exceptions().recentlyResolved(em, RESOLVED_SHOWN)
                : queue.exceptions().recentlyResolvedIn(em, warehouse, RESOLVED_SHOWN);
    }

    private ExceptionQueueView.OpenRow openRow(WarehouseException x) {
        Duration waited = display.waitedSince(x.raisedAt());
        return new ExceptionQueueView.OpenRow(x.id().toString(), x.kind().title(), Display.age(waited), display.time(x.raisedAt()),
                x.raisedAt().toString(), waited.compareTo(OVERDUE) > 0, x.expected(), x.happened(), x.binCode(), x.sku(),
                x.orderNumber(), OrderDetails.path(x.orderId()), x.raisedByName());
    }

    private ExceptionQueueView.ResolvedRow resolvedRow(WarehouseException x) {
        return new ExceptionQueueView.ResolvedRow(x.kind().title(), x.binCode(), x.sku(), x.orderNumber(), x.happened(),
                x.resolutionNote(), x.resolvedBy(), display.time(x.resolvedAt()));
    }
}
