package dev.depot.server.syncapi;

import static dev.depot.model.quantity.QuantityPrecision.plain;

import dev.depot.model.commands.AcknowledgeInbox;
import dev.depot.model.commands.CommandResult;
import dev.depot.model.commands.ConfirmPick;
import dev.depot.model.commands.CountStock;
import dev.depot.model.commands.DeviceCommand;
import dev.depot.model.commands.LinkCaseBarcode;
import dev.depot.model.commands.LoadTransfer;
import dev.depot.model.commands.Outcome;
import dev.depot.model.commands.PlaceOrder;
import dev.depot.model.commands.PutAway;
import dev.depot.model.commands.ReceiveGoods;
import dev.depot.model.commands.ReceiveTransfer;
import dev.depot.model.commands.Replenish;
import dev.depot.model.commands.UpdateCustomerContact;
import dev.depot.model.gs1.Gtin;
import dev.depot.model.identity.Role;
import dev.depot.model.views.PickTaskStatus;
import dev.depot.server.counting.Counting;
import dev.depot.server.fulfillment.Fulfillment;
import dev.depot.server.fulfillment.PickConfirmation;
import dev.depot.server.fulfillment.PickOutcome;
import dev.depot.server.identity.Caller;
import dev.depot.server.identity.Identity;
import dev.depot.server.inbox.Inbox;
import dev.depot.server.orders.CaptureResult;
import dev.depot.server.orders.OrderCapture;
import dev.depot.server.partners.MergeContactEdit;
import dev.depot.server.purchasing.PurchaseOrders;
import dev.depot.server.putaway.Putaway;
import dev.depot.server.replenishment.Replenishment;
import dev.depot.server.transfers.Transfers;
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
    private final PurchaseOrders purchaseOrders;
    private final Putaway putaway;
    private final Counting counting;
    private final Replenishment replenishment;
    private final Transfers transfers;

    CommandHandlers(OrderCapture orderCapture, Fulfillment fulfillment, PurchaseOrders purchaseOrders, Putaway putaway, Counting counting,
                    Replenishment replenishment, Transfers transfers, Inbox inbox, MergeContactEdit contactEdits) {
        this.orderCapture = orderCapture;
        this.fulfillment = fulfillment;
        this.purchaseOrders = purchaseOrders;
        this.putaway = putaway;
        this.counting = counting;
        this.replenishment = replenishment;
        this.transfers = transfers;
        this.inbox = inbox;
        this.contactEdits = contactEdits;
    }

    static Set<Role> rolesFor(DeviceCommand command) {
        return switch (command) {
            case PlaceOrder ignored -> EnumSet.of(Role.REP);
            case ConfirmPick ignored -> EnumSet.of(Role.PICKER, Role.SUPERVISOR);
            case AcknowledgeInbox ignored -> Identity.DEVICE_ROLES;
            case UpdateCustomerContact ignored -> EnumSet.of(Role.REP);
            case ReceiveGoods ignored -> EnumSet.of(Role.RECEIVER, Role.SUPERVISOR);
            case PutAway ignored -> EnumSet.of(Role.RECEIVER, Role.SUPERVISOR);
            case CountStock ignored -> EnumSet.of(Role.PICKER, Role.SUPERVISOR);
            case LinkCaseBarcode ignored -> EnumSet.of(Role.RECEIVER, Role.SUPERVISOR);
            case Replenish ignored -> EnumSet.of(Role.PICKER, Role.SUPERVISOR);
            case LoadTransfer ignored -> EnumSet.of(Role.PICKER, Role.SUPERVISOR);
            case ReceiveTransfer ignored -> EnumSet.of(Role.RECEIVER, Role.SUPERVISOR);
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
            case ReceiveGoods receipt -> receive(em, envelope, receipt, caller);
            case PutAway scanned -> putAway(em, envelope, scanned, caller);
            case CountStock count -> count(em, envelope, count, caller);
            case LinkCaseBarcode link -> linkCase(em, envelope, link, caller);
            case Replenish moved -> replenish(em, envelope, moved, caller);
            case LoadTransfer load -> load(em, envelope, load, caller);
            case ReceiveTransfer receipt -> receiveTransfer(em, envelope, receipt, caller);
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
                pick.quantity(), pick.lot(), new PickConfirmation.Picker(caller.userId(), caller.displayName(), caller.warehouseId()),
                envelope.occurredAt()));
        boolean asPlanned = !outcome.hasNote() && outcome.status() == PickTaskStatus.PICKED;
        return new CommandResult(envelope.commandId(), envelope.seq(), asPlanned ? Outcome.APPLIED : Outcome.ADJUSTED,
                asPlanned ? "PICKED" : "PICK_RECORDED_WITH_NOTE",
                asPlanned ? "Pick recorded" : outcome.note(), asPlanned ? "None." : "Carry on; the supervisor sees the difference.",
                Map.of("taskStatus", outcome.status().name()));
    }

    private CommandResult receive(EntityManager em, CommandEnvelope envelope, ReceiveGoods receipt, Caller caller) {
        PurchaseOrders.Received received = purchaseOrders.receive(em, new PurchaseOrders.Receipt(receipt.purchaseOrderId(),
                receipt.itemCode(), receipt.quantity(), receipt.lot(), receipt.expiry(), receipt.sscc(), receipt.damaged(),
                new PurchaseOrders.Receiver(caller.userId(), caller.warehouseId()), envelope.occurredAt()));
        return new CommandResult(envelope.commandId(), envelope.seq(), received.overTolerance() ? Outcome.ADJUSTED : Outcome.APPLIED,
                received.overTolerance() ? "OVER_RECEIVED" : "RECEIVED", received.message(),
                received.overTolerance() ? "Keep the goods in " + received.locationCode() + " until the supervisor has checked them."
                        : "Put the goods away from " + received.locationCode() + ".",
                Map.of("location", received.locationCode(), "received", received.line().received().toPlainString()));
    }

    private CommandResult linkCase(EntityManager em, CommandEnvelope envelope, LinkCaseBarcode link, Caller caller) {
        PurchaseOrders.LinkedCase linked = purchaseOrders.linkCase(em, new PurchaseOrders.CaseLink(link.purchaseOrderId(), link.lineId(),
                Gtin.parse(link.gtin()), caller.actor(), caller.warehouseId()));
        return new CommandResult(envelope.commandId(), envelope.seq(), Outcome.APPLIED, "CASE_LINKED",
                "Barcode " + linked.gtin().shortForm() + " is a case of " + linked.eaches() + " × " + linked.sku(),
                "Scan the case to receive it.", Map.of("sku", linked.sku(), "eaches", Integer.toString(linked.eaches())));
    }

    private CommandResult putAway(EntityManager em, CommandEnvelope envelope, PutAway scanned, Caller caller) {
        Putaway.PutAwayResult result = putaway.putAway(em, new Putaway.Scanned(scanned.taskId(), scanned.binCode(), scanned.quantity(),
                scanned.overrideReason(), new Putaway.Receiver(caller.userId(), caller.warehouseId()), envelope.occurredAt()));
        String done = plain(scanned.quantity()) + " put away in " + result.binCode();
        String left = result.remaining().signum() == 0 ? "None."
                : "Put the other " + plain(result.remaining())
                + (result.nextSuggestion() == null ? " where they fit." : " in " + result.nextSuggestion() + ".");
        return new CommandResult(envelope.commandId(), envelope.seq(), result.hasNote() ? Outcome.ADJUSTED : Outcome.APPLIED,
                result.hasNote() ? "PUT_AWAY_WITH_NOTE" : "PUT_AWAY", result.hasNote() ? done + ". " + result.note() : done, left,
                Map.of("bin", result.binCode(), "remaining", result.remaining().toPlainString()));
    }

    private CommandResult replenish(EntityManager em, CommandEnvelope envelope, Replenish moved, Caller caller) {
        Replenishment.MoveResult result = replenishment.move(em, new Replenishment.Moved(moved.taskId(), moved.fromBinCode(),
                moved.itemCode(), moved.toBinCode(), moved.quantity(), caller.userId(), caller.warehouseId(), envelope.occurredAt()));
        String done = plain(moved.quantity()) + " moved into " + result.toCode();
        String left = result.remaining().signum() == 0 ? "None." : "Bring the other " + plain(result.remaining()) + ".";
        return new CommandResult(envelope.commandId(), envelope.seq(), result.hasNote() ? Outcome.ADJUSTED : Outcome.APPLIED,
                result.hasNote() ? "REPLENISHED_WITH_NOTE" : "REPLENISHED", result.hasNote() ? done + ". " + result.note() : done, left,
                Map.of("bin", result.toCode(), "remaining", result.remaining().toPlainString()));
    }

    private CommandResult load(EntityManager em, CommandEnvelope envelope, LoadTransfer load, Caller caller) {
        Transfers.Loaded loaded = transfers.load(em, new Transfers.Load(load.transferId(), load.lineId(), load.fromBinCode(),
                load.itemCode(), load.quantity(), caller.userId(), caller.warehouseId(), envelope.occurredAt()));
        String done = plain(load.quantity()) + " loaded onto " + loaded.dockCode();
        String left = loaded.remaining().signum() == 0 ? "None." : "Load the other " + plain(loaded.remaining()) + ".";
        return new CommandResult(envelope.commandId(), envelope.seq(), loaded.hasNote() ? Outcome.ADJUSTED : Outcome.APPLIED,
                loaded.hasNote() ? "LOADED_WITH_NOTE" : "LOADED", loaded.hasNote() ? done + ". " + loaded.note() : done, left,
                Map.of("dock", loaded.dockCode(), "remaining", loaded.remaining().toPlainString()));
    }

    private CommandResult receiveTransfer(EntityManager em, CommandEnvelope envelope, ReceiveTransfer receipt, Caller caller) {
        Transfers.Received received = transfers.receive(em, new Transfers.Receipt(receipt.transferId(), receipt.itemCode(),
                receipt.quantity(), receipt.damaged(), new Transfers.Receiver(caller.userId(), caller.warehouseId()), envelope.occurredAt()));
        return new CommandResult(envelope.commandId(), envelope.seq(), received.differs() ? Outcome.ADJUSTED : Outcome.APPLIED,
                received.differs() ? "OVER_RECEIVED" : "RECEIVED", received.message(),
                received.differs() ? "Keep the goods in " + received.locationCode() + " until the supervisor has checked them."
                        : "Put the goods away from " + received.locationCode() + ".",
                Map.of("location", received.locationCode(), "stillToCome", received.stillToCome().toPlainString()));
    }

    private CommandResult count(EntityManager em, CommandEnvelope envelope, CountStock count, Caller caller) {
        Counting.Outcome outcome = counting.count(em, new Counting.Counted(count.taskId(), count.binCode(), count.itemCode(), count.counted(),
                new Counting.Counter(caller.userId(), caller.warehouseId()), envelope.occurredAt()));
        String code = !outcome.used() ? "COUNT_NOT_USED" : outcome.settled() ? "COUNTED" : outcome.status().name();
        return new CommandResult(envelope.commandId(), envelope.seq(), outcome.settled() ? Outcome.APPLIED : Outcome.ADJUSTED, code,
                outcome.message(), outcome.settled() || !outcome.used() ? "None." : "Carry on; the count comes back to the floor or the supervisor.",
                Map.of("countStatus", outcome.status().name()));
    }

    private CommandResult acknowledge(EntityManager em, CommandEnvelope envelope, AcknowledgeInbox read, Caller caller) {
        inbox.acknowledge(em, read.entryId(), caller.userId());
        return new CommandResult(envelope.commandId(), envelope.seq(), Outcome.APPLIED, "READ", "Marked as read", "None.", Map.of());
    }
}
