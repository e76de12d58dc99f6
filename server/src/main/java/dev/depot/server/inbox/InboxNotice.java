package dev.depot.server.inbox;

import dev.depot.model.views.InboxEntryView;
import java.util.UUID;

/**
 * What to tell a person: a stable {@code kind} for programs, a title, the explanation and the next
 * step in words they can act on, and what it is about. {@code commandId} names the device command
 * whose result it reports, when it reports one.
 */
public record InboxNotice(String kind, InboxEntryView.Attention attention, String title, String explanation, String nextStep,
                          InboxEntryView.About about, UUID commandId) {

    public InboxNotice {
        about = about == null ? InboxEntryView.About.NOTHING : about;
        nextStep = nextStep == null || nextStep.isBlank() ? "Nothing to do." : nextStep;
        explanation = explanation == null ? "" : explanation;
    }

    /** A notice about a later decision, not about a command's result. */
    public static InboxNotice of(String kind, InboxEntryView.Attention attention, String title, String explanation,
                                 String nextStep, InboxEntryView.About about) {
        return new InboxNotice(kind, attention, title, explanation, nextStep, about, null);
    }
}
