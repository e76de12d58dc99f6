package dev.depot.server.admin;

import dev.depot.server.identity.Identity;
import dev.depot.server.platform.ProblemException;
import dev.depot.server.platform.ProblemType;
import io.helidon.common.parameters.Parameters;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Clock;
import java.util.Optional;

/**
 * {@code /admin/login} and {@code /admin/logout}: a session in an HttpOnly cookie for the back office.
 * A wrong sign-in gets the form again, without saying whether the username or the password was wrong.
 */
final class SignInPages implements HttpService {

    static final String LOGIN = "/admin/login";
    static final String LOGOUT = "/admin/logout";
    private static final String WRONG_LOGIN = "That username and password do not match. Check both and try again.";

    private final Identity identity;
    private final Csrf csrf;
    private final AdminGuard guard;
    private final Pages pages;
    private final Clock clock;

    SignInPages(Identity identity, Csrf csrf, AdminGuard guard, Pages pages, Clock clock) {
        this.identity = identity;
        this.csrf = csrf;
        this.guard = guard;
        this.pages = pages;
        this.clock = clock;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/login", this::form)
                .post("/login", this::signIn)
                .post("/logout", this::signOut);
    }

    private void form(ServerRequest req, ServerResponse res) {
        String next = ReturnPath.orHome(req.query().first("next").orElse(null));
        Optional<AdminSession> session = AdminSession.of(req, csrf);
        if (session.isPresent() && AdminGuard.BACK_OFFICE.contains(session.get().caller().role())) {
            Pages.redirect(res, next);
            return;
        }
        String info = req.query().contains("signed-out") ? "You have signed out." : null;
        pages.render(res, "login", LoginView.empty(next, info));
    }

    private void signIn(ServerRequest req, ServerResponse res) {
        if (!Csrf.fromThisOrigin(req)) {
            // A sign-in posted from another site would sign this browser in as someone else's account.
            pages.render(res, Status.FORBIDDEN_403, "login", LoginView.empty(ReturnPath.HOME, null)
                    .withError("That sign-in did not come from this site. Sign in here instead."));
            return;
        }
        Parameters form = AdminGuard.formFields(req);
        String username = form.first("username").orElse("").strip();
        String next = ReturnPath.orHome(form.first("next").orElse(null));
        Identity.SignedIn signedIn;
        try {
            signedIn = identity.signIn(username, form.first("password").orElse(""));
        } catch (ProblemException e) {
            String message = e.type() == ProblemType.UNAUTHENTICATED ? WRONG_LOGIN : AdminGuard.sentence(e.getMessage());
            pages.render(res, e.type().status(), "login", new LoginView(Layout.signedOut("Sign in"), username, next, message, null));
            return;
        }
        if (!AdminGuard.BACK_OFFICE.contains(signedIn.caller().role())) {
            identity.signOut(signedIn.token());
            guard.handheld(req, res, Layout.signedOut("Use the handheld app"), signedIn.caller().role());
            return;
        }
        res.headers().addCookie(SessionCookie.started(req, signedIn.token(), signedIn.expiresAt(), clock));
        Pages.redirect(res, next);
    }

    /** Any session may end here, also one the admin would not let in (a picker's): only the CSRF checks apply. */
    private void signOut(ServerRequest req, ServerResponse res) {
        Parameters form = AdminGuard.formFields(req);
        Optional<AdminSession> session = AdminSession.of(req, csrf);
        if (session.isEmpty()) {
            Pages.redirect(res, LOGIN);
            return;
        }
        if (!csrf.accepts(req, session.get(), form.first(Csrf.FIELD).asOptional())) {
            guard.refused(req, res, session.get());
            return;
        }
        identity.signOut(session.get().token());
        res.headers().addCookie(SessionCookie.cleared(req));
        Pages.redirect(res, LOGIN + "?signed-out");
    }
}
