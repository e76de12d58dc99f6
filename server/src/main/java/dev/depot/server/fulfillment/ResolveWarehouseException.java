package dev.depot.server.fulfillment;

import dev.depot.model.views.InboxEntryView;
import dev.depot.server.audit.Audit;
import dev.depot.server.identity.Caller;
import dev.depot.server.inbox.Inbox;
import dev.depot.server.inbox.InboxNotice;
import dev.depot.server.platform.ProblemException;
import dev.depot.server.platform.ProblemType;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.UUID;

/**
 * A supervisor closes a warehouse exception with what was found or done on their floor (someone
 * without a warehouse, an administrator, on any floor). The decision goes to the audit log, and
 * the picker who raised it is told how it ended. A short pick's hold on the bin is not the
 * supervisor's to lift here: the count of the bin ends it, with the books set to what was found.
 */
public final class ResolveWarehouseException {

    private final WarehouseExceptions exceptions;
    private final Inbox inbox;
    private final Audit audit;
    private final Clock clock;

    public ResolveWarehouseException(WarehouseExceptions exceptions, Inbox inbox, Audit audit, Clock clock) {
        this.exceptions = exceptions;
        this.inbox = inbox;
        this.audit = audit;
        this.clock = clock;
    }

    public WarehouseException resolve(EntityManager em, UUID exceptionId, String note, Caller caller) {
        WarehouseException exception = exceptions.lock(em, exceptionId)
                .orElseThrow(() -> ProblemException.notFound("warehouse exception " + exceptionId));
        if (caller.warehouseId() != null && !caller.warehouseId().equals(exception.warehouseId())) {
            // a supervisor reconciles what they can check on their own floor
            throw new ProblemException(ProblemType.FORBIDDEN, "this exception is in another warehouse than yours");
        }
        exception.resolve(note, caller.displayName(), clock.instant());
        audit.record(em, caller.actor(), "WAREHOUSE_EXCEPTION_RESOLVED", exception.orderNumber() + " " + exception.binCode(),
                exception.kind().title() + ": " + exception.happened() + "; resolved: " + exception.resolutionNote());
        inbox.tell(em, exception.raisedBy(), InboxNotice.of("PICK_EXCEPTION_RESOLVED", InboxEntryView.Attention.NOTE,
                exception.kind().title() + " at " + exception.binCode() + " reconciled",
                "Your pick for " + exception.orderNumber() + " (" + exception.sku() + "): " + exception.happened() + ". "
                        + caller.displayName() + " resolved it: " + exception.resolutionNote(),
                "Nothing to do.", InboxEntryView.About.task(exception.taskId(), exception.orderId(), exception.orderNumber())));
        return exception;
    }
}
