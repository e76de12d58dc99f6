package dev.depot.server.admin;

import dev.depot.model.identity.Role;
import dev.depot.server.identity.Caller;
import dev.depot.server.partners.ContactConflict;
import dev.depot.server.partners.ContactConflicts;
import dev.depot.server.partners.ContactEdits;
import dev.depot.server.partners.CustomerRoutes;
import dev.depot.server.partners.ResolveContactConflict;
import dev.depot.server.platform.Ids;
import dev.depot.server.platform.ProblemException;
import dev.depot.server.platform.Transactions;
import io.helidon.common.parameters.Parameters;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Set;
import java.util.UUID;

/**
 * {@code /admin/conflicts}: contact details a rep and the office both changed. The office's value
 * stands meanwhile; here the back office sees both and chooses one, which is applied, audited and
 * told to the rep.
 */
final class ConflictPages implements HttpService {

    static final Set<Role> ROLES = CustomerRoutes.MASTER_DATA;

    private final Transactions transactions;
    private final ContactEdits edits;
    private final AdminGuard guard;
    private final Pages pages;
    private final Display display;

    ConflictPages(Transactions transactions, ContactEdits edits, AdminGuard guard, Pages pages, Display display) {
        this.transactions = transactions;
        this.edits = edits;
        this.guard = guard;
        this.pages = pages;
        this.display = display;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/conflicts", guard.page(this::show))
                .post("/conflicts/{id}/resolve", guard.form(this::resolve));
    }

    private void show(ServerRequest req, ServerResponse res, AdminSession session) {
        requireRole(session.caller());
        Notice notice = req.query().contains("resolved") ? Notice.success("Conflict resolved; the rep has been told.") : null;
        render(req, res, Status.OK_200, session, notice);
    }

    private void resolve(ServerRequest req, ServerResponse res, AdminSession session, Parameters form) {
        Caller caller = requireRole(session.caller());
        UUID id = Ids.fromPath(req, "id", "conflict");
        try {
            ContactConflict.Choice choice = choice(form.first("choice").orElse(""));
            ResolveContactConflict.Resolved done = transactions.inTransaction(em -> edits.resolve().resolve(em, id, choice, caller));
            if (!Pages.wantsFragment(req)) {
                Pages.redirect(res, ConflictListView.PATH + "?resolved");
                return;
            }
            render(req, res, Status.OK_200, session, Notice.success(done.customer().name() + ": "
                    + done.conflict().field().title().toLowerCase() + " is now " + shown(done.value()) + ". The rep has been told."));
        } catch (ProblemException e) {
            render(req, res, e.type().status(), session, Notice.error(AdminGuard.sentence(e.getMessage())));
        }
    }

    private static ContactConflict.Choice choice(String text) {
        try {
            return ContactConflict.Choice.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("choice", "choose the office's value or the rep's value");
        }
    }

    private static Caller requireRole(Caller caller) {
        return AdminGuard.allowed(caller, ROLES, "settle customer data conflicts; the order desk and administrators do");
    }

    private void render(ServerRequest req, ServerResponse res, Status status, AdminSession session, Notice notice) {
        ConflictListView.Panel panel = transactions.inTransaction(em -> new ConflictListView.Panel(
                edits.conflicts().open(em).stream().map(this::row).toList(), notice, session.csrf()));
        if (Pages.wantsFragment(req)) {
            pages.render(res, status, "conflictPanel", panel);
        } else {
            pages.render(res, status, "conflicts", new ConflictListView(Layout.of("Conflicts", Layout.Section.CONFLICTS, session), panel));
        }
    }

    private ConflictListView.Row row(ContactConflicts.Open open) {
        ContactConflict conflict = open.conflict();
        return new ConflictListView.Row(conflict.id().toString(), open.customerName(), open.customerCode(), conflict.field().title(),
                shown(conflict.serverValue()), shown(conflict.deviceValue()), shown(conflict.baseValue()), conflict.raisedByName(),
                display.ageSince(conflict.raisedAt()), display.time(conflict.raisedAt()), conflict.raisedAt().toString());
    }

    private static String shown(String value) {
        return value == null ? "(none)" : value;
    }
}
