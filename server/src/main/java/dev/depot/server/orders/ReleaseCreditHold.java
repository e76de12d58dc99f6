package dev.depot.server.orders;

import dev.depot.model.views.InboxEntryView;
import dev.depot.server.audit.Audit;
import dev.depot.server.identity.Caller;
import dev.depot.server.inbox.Inbox;
import dev.depot.server.inbox.InboxNotice;
import dev.depot.server.platform.ProblemException;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * Lifting a credit hold: someone with authority accepts the exposure, and says why. A rep who placed
 * the order from their device is told in their inbox.
 */
public final class ReleaseCreditHold {

    private final Orders orders;
    private final Audit audit;
    private final Inbox inbox;

    public ReleaseCreditHold(Orders orders, Audit audit, Inbox inbox) {
        this.orders = orders;
        this.audit = audit;
        this.inbox = inbox;
    }

    public SalesOrder releaseHold(EntityManager em, UUID orderId, Caller caller, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", "say why the hold is released");
        }
        SalesOrder order = orders.lock(em, orderId);
        String hold = order.holdReason();
        order.releaseHold();
        orders.record(em, order, "HOLD_RELEASED", "Hold released: " + reason.strip(), caller.actor());
        orders.publish(em, order);
        audit.record(em, caller.actor(), "CREDIT_HOLD_RELEASED", order.number(), "was: " + hold + "; because: " + reason.strip());
        tellThePlacer(em, order, reason.strip());
        return order;
    }

    /** Orders taken at the order desk have nobody with a device inbox to tell. */
    private void tellThePlacer(EntityManager em, SalesOrder order, String reason) {
        if (order.deviceId() == null) {
            return;
        }
        inbox.tell(em, order.placedBy(), InboxNotice.of("CREDIT_HOLD_RELEASED", InboxEntryView.Attention.NOTE,
                order.number() + " released from credit hold",
                "Credit control released the hold on " + order.customerName() + "'s order (" + order.total() + "): " + reason,
                "Nothing to do: the order goes to the warehouse with the next release. Tell the customer if they asked.",
                InboxEntryView.About.order(order.id(), order.number())));
    }
}
