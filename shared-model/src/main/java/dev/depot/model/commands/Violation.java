package dev.depot.model.commands;

/** One thing wrong with a command or a request, named by the field it concerns. */
public record Violation(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
