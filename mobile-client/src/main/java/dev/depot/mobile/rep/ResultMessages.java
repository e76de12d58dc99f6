package dev.depot.mobile.rep;

import dev.depot.mobile.ui.Tone;
import dev.depot.model.commands.CommandResult;

/** What the server said about a command, in a sentence a rep can act on: "SO-000012 adjusted: 2 backordered". */
final class ResultMessages {

    private ResultMessages() {
    }

    static String describe(CommandResult result) {
        String subject = result.references().getOrDefault("orderNumber", "Command " + result.seq());
        String verb = switch (result.outcome()) {
            case APPLIED -> "accepted";
            case ADJUSTED -> "adjusted";
            case PENDING_APPROVAL -> "waits for approval";
            case REJECTED -> "rejected";
        };
        StringBuilder text = new StringBuilder(subject).append(' ').append(verb);
        if (result.message() != null && !result.message().isBlank()) {
            text.append(": ").append(result.message());
        }
        if (result.nextStep() != null && !result.nextStep().isBlank()) {
            text.append(". ").append(result.nextStep());
        }
        return text.toString();
    }

    static Tone tone(CommandResult result) {
        return switch (result.outcome()) {
            case APPLIED -> Tone.SUCCESS;
            case ADJUSTED, PENDING_APPROVAL -> Tone.WARNING;
            case REJECTED -> Tone.ERROR;
        };
    }
}
