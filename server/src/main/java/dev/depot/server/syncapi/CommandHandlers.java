package dev.depot.server.syncapi;

import dev.depot.model.commands.AcknowledgeInbox;
import dev.depot.model.commands.CommandResult;
import dev.depot.model.commands.ConfirmPick;
import dev.depot.model.commands.DeviceCommand;
import dev.depot.model.commands.Outcome;
import dev.depot.model.commands.PlaceOrder;
import dev.depot.model.commands.UpdateCustomerContact;
import dev.depot.model.identity.Role;
import dev.depot.model.views.PickTaskStatus;
import dev.depot.server.fulfillment.Fulfillment;
import dev.depot.server.fulfillment.PickConfirmation;
import dev.depot.server.fulfillment.PickOutcome;
import dev.depot.server.identity.Caller;
import dev.depot.server.identity.Identity;
import dev.depot.server.inbox.Inbox;
import dev.depot.server.orders.CaptureResult;
import dev.depot.server.orders.OrderCapture;
import dev.depot.server.partners.MergeContactEdit;
import dev.depot.sync.protocol.CommandEnvelope;
import jakarta.persistence.EntityManager;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What each command type means on the server: which roles may send it, and which use case applies
 * it. Each switch is exhaustive, so a new command type does not compile until it is handled here.
 */
final class CommandHandlers {

    private final OrderCapture orderCapture;
    private final Fulfillment fulfillment;
    private final Inbox inbox;
    private final MergeContactEdit contactEdits;

    CommandHandlers(OrderCapture orderCapture, Fulfillment fulfillment, Inbox inbox, MergeContactEdit contactEdits) {
        this.orderCapture = orderCapture;
        this.fulfillment = fulfillment;
        this.inbox = inbox;
        this.contactEdits = contactEdits;
    }

    static Set<Role> rolesFor(DeviceCommand command) {
        return switch (command) {
            case PlaceOrder ignored -> EnumSet.of(Role.REP);
            case ConfirmPick ignored -> EnumSet.of(Role.PICKER, Role.SUPERVISOR);
            case AcknowledgeInbox ignored -> Identity.DEVICE_ROLES;
            case UpdateCustomerContact ignored -> EnumSet.of(Role.REP);
        };
    }

    /** Applies the command in the caller's transaction; a refusal is thrown as a ProblemException. */
    CommandResult apply(EntityManager em, CommandEnvelope envelope, Caller caller) {
        return switch (envelope.command()) {
            case PlaceOrder order -> placeOrder(em, envelope, order, caller);
            case ConfirmPick pick -> confirmPick(em, envelope, pick, caller);
            case AcknowledgeInbox read -> acknowledge(em, envelope, read, caller);
            case UpdateCustomerContact edit -> ContactResults.of(envelope, contactEdits.merge(em,
                    new MergeContactEdit.Edit(edit, caller, envelope.commandId())));
        };
    }

    private CommandResult placeOrder(EntityManager em, CommandEnvelope envelope, PlaceOrder order, Caller caller) {
        CaptureResult captured = orderCapture.capture(em, order, caller, envelope.commandId());
        String nextStep = switch (captured.outcome()) {
            case PENDING_APPROVAL -> "Nothing to do now; you will see here when credit control decides.";
            case ADJUSTED -> "Tell the customer about the change.";
            default -> "None.";
        };
        return new CommandResult(envelope.commandId(), envelope.seq(), captured.outcome(), captured.code(), captured.message(),
                nextStep, Map.of("orderId", captured.order().id().toString(), "orderNumber", captured.order().number()));
    }

    private CommandResult confirmPick(EntityManager em, CommandEnvelope envelope, ConfirmPick pick, Caller caller) {
        PickOutcome outcome = fulfillment.confirmPick(em, new PickConfirmation(pick.taskId(), pick.binCode(), pick.itemCode(),
                pick.quantity(), new PickConfirmation.Picker(caller.userId(), caller.displayName(), caller.warehouseId()),
                envelope.occurredAt()));
        boolean asPlanned = !outcome.hasNote() && outcome.status() == PickTaskStatus.PICKED;
        return new CommandResult(envelope.commandId(), envelope.seq(), asPlanned ? Outcome.APPLIED : Outcome.ADJUSTED,
                asPlanned ? "PICKED" : "PICK_RECORDED_WITH_NOTE",
                asPlanned ? "Pick recorded" : outcome.note(), asPlanned ? "None." : "Carry on; the supervisor sees the difference.",
                Map.of("taskStatus", outcome.status().name()));
    }

    private CommandResult acknowledge(EntityManager em, CommandEnvelope envelope, AcknowledgeInbox read, Caller caller) {
        inbox.acknowledge(em, read.entryId(), caller.userId());
        return new CommandResult(envelope.commandId(), envelope.seq(), Outcome.APPLIED, "READ", "Marked as read", "None.", Map.of());
    }
}
