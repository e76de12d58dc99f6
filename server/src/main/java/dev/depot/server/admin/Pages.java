package dev.depot.server.admin;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * Renders the precompiled JTE templates ({@code src/main/jte/admin}) as answers, with the headers every
 * admin page carries: never cached (they show live orders and stock), never framed, scripts and styles
 * only from this server.
 */
final class Pages {

    static final HeaderName HX_REQUEST = HeaderNames.create("HX-Request");
    static final HeaderName HX_REDIRECT = HeaderNames.create("HX-Redirect");
    private static final HeaderName HX_HISTORY_RESTORE = HeaderNames.create("HX-History-Restore-Request");
    private static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

    void render(ServerResponse res, Status status, String template, Object view) {
        StringOutput html = new StringOutput();
        templates.render("admin/" + template + ".jte", view, html);
        res.status(status);
        res.header(HeaderNames.CONTENT_TYPE, "text/html; charset=UTF-8");
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        res.header(HeaderNames.VARY, "HX-Request");
        res.header(HeaderNames.create("Content-Security-Policy"), POLICY);
        res.header(HeaderNames.create("X-Content-Type-Options"), "nosniff");
        res.header(HeaderNames.create("X-Frame-Options"), "DENY");
        res.header(HeaderNames.create("Referrer-Policy"), "same-origin");
        res.send(html.toString());
    }

    void render(ServerResponse res, String template, Object view) {
        render(res, Status.OK_200, template, view);
    }

    /** After a form post: go on with a GET, so reloading the page does not post again. */
    static void redirect(ServerResponse res, String location) {
        res.status(Status.SEE_OTHER_303);
        res.header(HeaderNames.LOCATION, location);
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        res.send();
    }

    /** An htmx request that wants a fragment, not a whole page (a history restore wants the whole page). */
    static boolean wantsFragment(ServerRequest req) {
        return req.headers().contains(HX_REQUEST) && !req.headers().contains(HX_HISTORY_RESTORE);
    }

    /** A message page; to htmx only its card, which then stands where the panel or results were. */
    void message(ServerRequest req, ServerResponse res, Status status, MessageView view) {
        render(res, status, wantsFragment(req) ? "messageCard" : "message", view);
    }
}
