package dev.depot.server.platform;

import io.helidon.webserver.http.ServerRequest;
import java.util.UUID;

/** Reading ids from outside: path parameters, form fields and columns of native queries. */
public final class Ids {

    private Ids() {
    }

    /** A UUID path parameter; text that is not a UUID names nothing that exists, so it is a 404. */
    public static UUID fromPath(ServerRequest req, String parameter, String what) {
        String text = req.path().pathParameters().get(parameter);
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound(what + " " + text);
        }
    }

    /** A UUID a form sent; anything else is bad input in that field. */
    public static UUID fromField(String text, String field) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "“" + text + "” is no " + field + " id");
        }
    }

    /** A UUID column from a native query: drivers hand back a UUID (PostgreSQL) or its text. */
    public static UUID fromColumn(Object value) {
        return value instanceof UUID id ? id : UUID.fromString(value.toString());
    }
}
