package dev.depot.model.commands;

import java.util.Map;
import java.util.UUID;

/**
 * The server's answer to one command, stored with it: a retry of the same command gets the same
 * answer. {@code code} is stable for programs, {@code message} and {@code nextStep} are for people,
 * {@code references} carries server numbers such as {@code orderNumber}.
 */
public record CommandResult(UUID commandId, long seq, Outcome outcome, String code, String message, String nextStep,
                            Map<String, String> references) {

    public CommandResult {
        references = references == null ? Map.of() : Map.copyOf(references);
    }
}
