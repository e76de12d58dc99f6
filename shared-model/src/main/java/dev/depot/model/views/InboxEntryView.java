package dev.depot.model.views;

import java.time.Instant;
import java.util.UUID;

/**
 * Something a person must know about their own work: the server changed, held or refused a
 * command of theirs, or someone later decided about it (a credit hold released, a pick difference
 * reconciled, a contact conflict settled). It says what happened ({@code title}, {@code explanation}),
 * what to do now ({@code nextStep}), what it is about ({@code about}) and whether the person has read it.
 */
public record InboxEntryView(UUID id, UUID userId, String kind, Attention attention, String title, String explanation,
                             String nextStep, About about, Instant at, boolean read) implements SyncedView {

    public static final String TYPE = "inbox";

    public InboxEntryView {
        about = about == null ? About.NOTHING : about;
    }

    @Override
    public String entityType() {
        return TYPE;
    }

    /** The entry once its person has read it. */
    public InboxEntryView markedRead() {
        return new InboxEntryView(id, userId, kind, attention, title, explanation, nextStep, about, at, true);
    }

    /** How much an entry asks of its person. */
    public enum Attention {
        /** Good news or a record of a decision: nothing to do. */
        NOTE,
        /** Applied with a change to pass on (a backorder, a kept value), or waiting for someone. */
        WARNING,
        /** Not done: the person has to act. */
        PROBLEM
    }

    /** What an entry is about, as far as known: an order, a pick task, a customer. */
    public record About(UUID orderId, String orderNumber, UUID taskId, UUID customerId) {

        public static final About NOTHING = new About(null, null, null, null);

        public static About order(UUID orderId, String orderNumber) {
            return new About(orderId, orderNumber, null, null);
        }

        public static About task(UUID taskId, UUID orderId, String orderNumber) {
            return new About(orderId, orderNumber, taskId, null);
        }

        public static About customer(UUID customerId) {
            return new About(null, null, null, customerId);
        }
    }
}
