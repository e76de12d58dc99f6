package dev.depot.server.platform;

import dev.depot.model.commands.Violation;
import java.util.List;

/** An {@code application/problem+json} body: RFC 9457 fields plus the field errors of a validation failure. */
public record Problem(String type, String title, int status, String detail, List<Violation> errors) {

    public Problem {
        errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }

    public static Problem of(ProblemType type, String detail, List<Violation> errors) {
        return new Problem(type.uri(), type.title(), type.status().code(), detail, errors);
    }
}
