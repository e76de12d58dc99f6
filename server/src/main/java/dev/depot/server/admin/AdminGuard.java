package dev.depot.server.admin;

import dev.depot.model.identity.Role;
import dev.depot.server.identity.Caller;
import dev.depot.server.orders.OrderRoutes;
import dev.depot.server.platform.ProblemException;
import dev.depot.server.platform.ProblemType;
import io.helidon.common.parameters.Parameters;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The door of every admin page: signed in (else off to the sign-in page, which brings you back),
 * a back-office role (else the handheld notice), and for forms the CSRF checks. Whatever the page
 * then throws is shown as a page people can read, never as a stack trace or JSON.
 */
final class AdminGuard {

    /** The back office: the people who may read orders through the API may use the admin. */
    static final Set<Role> BACK_OFFICE = OrderRoutes.READERS;

    private static final Logger LOG = System.getLogger(AdminGuard.class.getName());

    private final Csrf csrf;
    private final Pages pages;

    AdminGuard(Csrf csrf, Pages pages) {
        this.csrf = csrf;
        this.pages = pages;
    }

    /** A page to read. */
    interface Page {
        void show(ServerRequest req, ServerResponse res, AdminSession session);
    }

    /** A form that changes something. */
    interface Form {
        void submit(ServerRequest req, ServerResponse res, AdminSession session, Parameters form);
    }

    Handler page(Page page) {
        return (req, res) -> signedIn(req, res).ifPresent(session -> safely(req, res, session, () -> page.show(req, res, session)));
    }

    Handler form(Form form) {
        return (req, res) -> {
            Parameters fields = formFields(req);
            signedIn(req, res).ifPresent(session -> {
                if (!csrf.accepts(req, session, fields.first(Csrf.FIELD).asOptional())) {
                    LOG.log(Level.WARNING, "refused a cross-site or token-less " + req.prologue().method().text() + " "
                            + req.path().absolute().path() + " for " + session.caller().username());
                    refused(req, res, session);
                    return;
                }
                safely(req, res, session, () -> form.submit(req, res, session, fields));
            });
        };
    }

    /** The posted form fields; a body that is no form counts as an empty form (and so fails the CSRF check). */
    static Parameters formFields(ServerRequest req) {
        try {
            return req.content().as(Parameters.class);
        } catch (RuntimeException e) {
            return Parameters.empty("form");
        }
    }

    private Optional<AdminSession> signedIn(ServerRequest req, ServerResponse res) {
        Optional<AdminSession> session = AdminSession.of(req, csrf);
        if (session.isEmpty()) {
            String back = req.prologue().method() == Method.GET ? req.path().absolute().rawPath() + query(req) : ReturnPath.HOME;
            toSignIn(req, res, ReturnPath.signInThen(back));
        } else if (!BACK_OFFICE.contains(session.get().caller().role())) {
            handheld(req, res, Layout.of("Use the handheld app", Layout.Section.NO_NAV, session.get()), session.get().caller().role());
            return Optional.empty();
        }
        return session;
    }

    void handheld(ServerRequest req, ServerResponse res, Layout layout, Role role) {
        pages.message(req, res, Status.FORBIDDEN_403, new MessageView(layout, "Use the Depot handheld app",
                "The web admin is for the order desk, supervisors, credit control and administrators. As a "
                        + role.title().toLowerCase() + ", you work in the Depot app on your handheld or tablet: sign in there "
                        + "with the same username and password.", SignInPages.LOGIN, "Sign in as someone else"));
    }

    void refused(ServerRequest req, ServerResponse res, AdminSession session) {
        pages.message(req, res, Status.FORBIDDEN_403, new MessageView(Layout.of("Not accepted", Layout.Section.OTHER, session),
                "That form was not accepted",
                "It did not come from a current Depot page (it may be from another site, or from a page open since before you "
                        + "last signed in). Nothing was changed. Go back, reload the page and try again.",
                ReturnPath.HOME, "Back to orders"));
    }

    private void safely(ServerRequest req, ServerResponse res, AdminSession session, Runnable work) {
        try {
            work.run();
        } catch (ProblemException e) {
            Layout layout = Layout.of(e.type().title(), Layout.Section.OTHER, session);
            pages.message(req, res, e.type().status(), new MessageView(layout, e.type().title(), sentence(e.getMessage()),
                    ReturnPath.HOME, "Back to orders"));
        } catch (RuntimeException e) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.ERROR, "incident " + incident + " in the web admin", e);
            pages.message(req, res, ProblemType.INTERNAL.status(), new MessageView(Layout.of("Something went wrong", Layout.Section.OTHER,
                    session), "Something went wrong on our side", "It was logged as incident " + incident
                    + ". Try again in a moment; if it keeps happening, tell your administrator the incident number.",
                    ReturnPath.HOME, "Back to orders"));
        }
    }

    private static void toSignIn(ServerRequest req, ServerResponse res, String signIn) {
        if (req.headers().contains(Pages.HX_REQUEST)) {
            // htmx would swap the sign-in page into a panel: tell it to load the whole page instead.
            res.header(Pages.HX_REDIRECT, signIn);
            res.status(Status.UNAUTHORIZED_401).send();
            return;
        }
        Pages.redirect(res, signIn);
    }

    private static String query(ServerRequest req) {
        String raw = req.query().rawValue();
        return raw == null || raw.isEmpty() ? "" : "?" + raw;
    }

    /** Use-case messages start in lower case ("order SO-1 is open; …"); on a page they start a sentence. */
    static String sentence(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String first = Display.capitalized(text);
        return first.endsWith(".") ? first : first + ".";
    }

    /** Why a use case refused, to go after a colon on a page: "No count was asked for: “Z-9-9” is no bin of MAIN." */
    static String refusal(ProblemException e) {
        String why = e.violations().isEmpty() ? e.getMessage() : e.violations().getFirst().message();
        return Display.uncapitalized(sentence(why));
    }

    /** The caller, if their role is one of these; else 403: "<Role> may not <what>". */
    static Caller allowed(Caller caller, Set<Role> roles, String what) {
        if (!roles.contains(caller.role())) {
            throw new ProblemException(ProblemType.FORBIDDEN, caller.role().title() + " may not " + what);
        }
        return caller;
    }
}
