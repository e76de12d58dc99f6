package dev.depot.server.admin;

import io.helidon.webserver.http.ServerRequest;

/** Which slice of a list a page shows; a bad or missing offset simply means the first page. */
record PageRequest(int offset, int limit) {

    static PageRequest of(ServerRequest req, int limit) {
        String text = req.query().first("offset").orElse("0").strip();
        int offset;
        try {
            offset = Math.max(0, Integer.parseInt(text));
        } catch (NumberFormatException e) {
            offset = 0;
        }
        return new PageRequest(offset, limit);
    }
}
