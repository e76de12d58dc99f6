package dev.depot.server.fulfillment;

import dev.depot.model.views.PickTaskStatus;

/** What a pick confirmation did: the task's new state, and anything the picker should know. */
public record PickOutcome(PickTaskStatus status, String note) {

    public boolean hasNote() {
        return note != null;
    }
}
