package dev.depot.server.platform;

import dev.depot.model.commands.Violation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A refusal with a reason, thrown by use cases and handlers and written by the one error handler as
 * {@code application/problem+json}. Thrown inside a transaction, it rolls the transaction back.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Violation> violations;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<Violation> violations) {
        super(detail);
        this.type = type;
        this.violations = List.copyOf(violations);
    }

    public static ProblemException invalid(List<Violation> violations) {
        String detail = violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
        return new ProblemException(ProblemType.VALIDATION_FAILED, detail, violations);
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Violation(field, message)));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " does not exist");
    }

    public static ProblemException invalidState(String detail) {
        return new ProblemException(ProblemType.INVALID_STATE, detail);
    }

    public ProblemType type() {
        return type;
    }

    public List<Violation> violations() {
        return violations;
    }

    public Problem problem() {
        return Problem.of(type, getMessage(), violations);
    }
}
