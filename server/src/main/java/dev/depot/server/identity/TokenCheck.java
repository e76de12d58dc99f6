package dev.depot.server.identity;

/** What a bearer token or session cookie turned out to be: someone, or a reason it opens nothing. */
public sealed interface TokenCheck {

    /** A valid token: this is who calls. */
    record Recognised(Caller caller) implements TokenCheck {
    }

    /** A token that opens nothing, and why; the handler that needs a caller says so in its answer. */
    record Refused(TokenRefusal reason) implements TokenCheck {
    }
}
