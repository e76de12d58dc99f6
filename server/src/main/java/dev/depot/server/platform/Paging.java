package dev.depot.server.platform;

import io.helidon.webserver.http.ServerRequest;

/** {@code offset} and {@code limit} query parameters: every list is paged, 50 rows unless asked, 200 at most. */
public final class Paging {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    private Paging() {
    }

    public static int offset(ServerRequest req) {
        return number(req, "offset", 0, Integer.MAX_VALUE, 0);
    }

    public static int limit(ServerRequest req) {
        return number(req, "limit", 1, MAX_LIMIT, DEFAULT_LIMIT);
    }

    private static int number(ServerRequest req, String name, int min, int max, int fallback) {
        String value = req.query().first(name).orElse(null);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed < min || parsed > max) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "must be a whole number from " + min + " to " + max + ", got '" + value + "'");
        }
    }
}
