package dev.depot.server.syncapi;

import dev.depot.model.commands.AcknowledgeInbox;
import dev.depot.model.commands.CommandResult;
import dev.depot.model.commands.ConfirmPick;
import dev.depot.model.commands.CountStock;
import dev.depot.model.commands.LinkCaseBarcode;
import dev.depot.model.commands.LoadTransfer;
import dev.depot.model.commands.Outcome;
import dev.depot.model.commands.PlaceOrder;
import dev.depot.model.commands.PutAway;
import dev.depot.model.commands.ReceiveGoods;
import dev.depot.model.commands.ReceiveTransfer;
import dev.depot.model.commands.Replenish;
import dev.depot.model.commands.UpdateCustomerContact;
import dev.depot.model.views.InboxEntryView;
import dev.depot.server.inbox.InboxNotice;
import dev.depot.sync.protocol.CommandEnvelope;
import java.util.Optional;
import java.util.UUID;

/**
 * Which command results go to the sender's inbox, and how they read there. A result that needs the
 * person (adjusted, waiting for approval, rejected) does; one applied as sent does not, nor does
 * anything about reading the inbox itself.
 */
final class ResultNotices {

    private ResultNotices() {
    }

    static Optional<InboxNotice> about(CommandEnvelope envelope, CommandResult result) {
        if (result.outcome() == Outcome.APPLIED) {
            return Optional.empty();
        }
        InboxEntryView.Attention attention = result.outcome() == Outcome.REJECTED ? InboxEntryView.Attention.PROBLEM
                : InboxEntryView.Attention.WARNING;
        return subject(envelope, result).map(subject -> new InboxNotice(result.code(), attention, subject.title(), result.message(),
                result.nextStep(), subject.about(), envelope.commandId()));
    }

    /** What the entry is titled and what it links to. */
    private record Subject(String title, InboxEntryView.About about) {
    }

    private static Optional<Subject> subject(CommandEnvelope envelope, CommandResult result) {
        return switch (envelope.command()) {
            case PlaceOrder order -> Optional.of(order(order, result));
            case ConfirmPick pick -> Optional.of(new Subject(result.outcome() == Outcome.REJECTED ? "Pick not recorded"
                    : "Pick recorded with a difference", InboxEntryView.About.task(pick.taskId(), null, null)));
            case UpdateCustomerContact edit -> Optional.of(new Subject(result.outcome() == Outcome.REJECTED
                    ? "Contact change not accepted" : "Contact change: the office's value kept",
                    InboxEntryView.About.customer(edit.customerId())));
            case ReceiveGoods ignored -> Optional.of(new Subject(result.outcome() == Outcome.REJECTED ? "Receipt not recorded"
                    : "Received more than ordered", InboxEntryView.About.NOTHING));
            case PutAway ignored -> Optional.of(new Subject(result.outcome() == Outcome.REJECTED ? "Putaway not recorded"
                    : "Putaway recorded with a difference", InboxEntryView.About.NOTHING));
            case CountStock ignored -> Optional.of(new Subject(result.outcome() == Outcome.REJECTED ? "Count not recorded"
                    : "Count recorded: " + ("COUNT_NOT_USED".equals(result.code()) ? "already counted" : "it goes further"),
                    InboxEntryView.About.NOTHING));
            case Replenish ignored -> Optional.of(new Subject(result.outcome() == Outcome.REJECTED ? "Replenishment not recorded"
                    : "Replenishment recorded with a difference", InboxEntryView.About.NOTHING));
            case LoadTransfer ignored -> Optional.of(new Subject(result.outcome() == Outcome.REJECTED ? "Load not recorded"
                    : "Load recorded with a difference", InboxEntryView.About.NOTHING));
            case ReceiveTransfer ignored -> Optional.of(new Subject(result.outcome() == Outcome.REJECTED ? "Transfer receipt not recorded"
                    : "Received more than was sent", InboxEntryView.About.NOTHING));
            case LinkCaseBarcode ignored -> Optional.of(new Subject("Case barcode not linked", InboxEntryView.About.NOTHING));
            case AcknowledgeInbox ignored -> Optional.empty();
        };
    }

    private static Subject order(PlaceOrder order, CommandResult result) {
        String number = result.references().get("orderNumber");
        if (number == null) {
            return new Subject("Order not accepted", InboxEntryView.About.customer(order.customerId()));
        }
        String title = switch (result.outcome()) {
            case PENDING_APPROVAL -> number + " waits for credit approval";
            case ADJUSTED -> number + " accepted with changes";
            case APPLIED, REJECTED -> number + " not accepted";
        };
        UUID orderId = UUID.fromString(result.references().getOrDefault("orderId", order.orderId().toString()));
        return new Subject(title, new InboxEntryView.About(orderId, number, null, order.customerId()));
    }
}
