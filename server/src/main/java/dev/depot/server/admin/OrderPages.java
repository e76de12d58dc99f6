package dev.depot.server.admin;

import dev.depot.model.commands.Violation;
import dev.depot.server.billing.Invoice;
import dev.depot.server.identity.Caller;
import dev.depot.server.orders.OrderSteps;
import dev.depot.server.platform.Ids;
import dev.depot.server.platform.ProblemException;
import dev.depot.server.platform.ProblemType;
import dev.depot.server.platform.Transactions;
import io.helidon.common.parameters.Parameters;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * {@code /admin/orders/{id}}: one order, and the steps the back office takes on it. A step is a form
 * post: with htmx the answer is the refreshed panel, without it a redirect back to the order page.
 * A step the use case refuses shows its reason on the page and changes nothing.
 */
final class OrderPages implements HttpService {

    private final Transactions transactions;
    private final OrderSteps steps;
    private final OrderDetails details;
    private final AdminGuard guard;
    private final Pages pages;
    private final Display display;

    OrderPages(Transactions transactions, OrderSteps steps, OrderDetails details, AdminGuard guard, Pages pages,
               Display display) {
        this.transactions = transactions;
        this.steps = steps;
        this.details = details;
        this.guard = guard;
        this.pages = pages;
        this.display = display;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/orders/{id}", guard.page(this::show))
                .post("/orders/{id}/{action}", guard.form(this::act));
    }

    private void show(ServerRequest req, ServerResponse res, AdminSession session) {
        UUID id = Ids.fromPath(req, "id", "order");
        Notice notice = req.query().first("done").asOptional().flatMap(OrderAction::bySlug)
                .map(a -> Notice.success(a.done())).orElse(null);
        render(req, res, Status.OK_200, session, id, new OrderDetails.Extras(notice, null));
    }

    private void act(ServerRequest req, ServerResponse res, AdminSession session, Parameters form) {
        UUID id = Ids.fromPath(req, "id", "order");
        OrderAction action = OrderAction.bySlug(req.path().pathParameters().get("action"))
                .orElseThrow(() -> ProblemException.notFound("the step '" + req.path().pathParameters().get("action") + "'"));
        OrderDetails.Extras extras;
        Status status;
        try {
            Caller caller = session.caller();
            if (!action.isAllowedFor(caller.role())) {
                throw new ProblemException(ProblemType.FORBIDDEN, caller.role().title() + " may not " + action.label().toLowerCase()
                        + " an order");
            }
            String done = transactions.inTransaction(em -> perform(em, action, id, caller, form));
            if (!Pages.wantsFragment(req)) {
                Pages.redirect(res, OrderDetails.path(id) + "?done=" + action.slug());
                return;
            }
            extras = new OrderDetails.Extras(Notice.success(done), null);
            status = Status.OK_200;
        } catch (ProblemException e) {
            extras = refusal(e);
            status = e.type().status();
        }
        render(req, res, status, session, id, extras);
    }

    private String perform(EntityManager em, OrderAction action, UUID id, Caller caller, Parameters form) {
        return switch (action) {
            case RELEASE -> {
                steps.release().release(em, id, caller);
                yield action.done();
            }
            case RUSH -> {
                steps.release().rush(em, id, caller);
                yield action.done();
            }
            case RELEASE_HOLD -> {
                steps.releaseHold().releaseHold(em, id, caller, form.first("reason").orElse(""));
                yield action.done();
            }
            case SHIP -> {
                steps.ship().ship(em, id, caller);
                yield action.done();
            }
            case INVOICE -> {
                Invoice invoice = steps.invoice().invoice(em, id, caller);
                yield "Invoice " + invoice.number() + " issued for " + display.money(invoice.total()) + ".";
            }
        };
    }

    private static OrderDetails.Extras refusal(ProblemException e) {
        String reasonError = e.violations().stream().filter(v -> v.field().equals("reason")).map(Violation::message)
                .map(AdminGuard::sentence).findFirst().orElse(null);
        String message = reasonError != null ? "The hold is still on: " + reasonError.substring(0, 1).toLowerCase()
                + reasonError.substring(1) : AdminGuard.sentence(e.getMessage());
        return new OrderDetails.Extras(Notice.error(message), reasonError);
    }

    private void render(ServerRequest req, ServerResponse res, Status status, AdminSession session, UUID id,
                        OrderDetails.Extras extras) {
        OrderDetailView.Panel panel = transactions.inTransaction(em -> details.panel(em, id, session, extras));
        if (Pages.wantsFragment(req)) {
            pages.render(res, status, "orderPanel", panel);
        } else {
            pages.render(res, status, "order", new OrderDetailView(Layout.of(panel.header().number(), Layout.Section.ORDERS, session),
                    panel));
        }
    }

}
