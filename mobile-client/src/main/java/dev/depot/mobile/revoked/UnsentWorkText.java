package dev.depot.mobile.revoked;

import dev.depot.mobile.sync.CommandDescriber;
import dev.depot.mobile.ui.Formats;
import dev.depot.model.commands.AcknowledgeInbox;
import dev.depot.model.commands.ConfirmPick;
import dev.depot.model.commands.CountStock;
import dev.depot.model.commands.LinkCaseBarcode;
import dev.depot.model.commands.LoadTransfer;
import dev.depot.model.commands.PlaceOrder;
import dev.depot.model.commands.PutAway;
import dev.depot.model.commands.ReceiveGoods;
import dev.depot.model.commands.ReceiveTransfer;
import dev.depot.model.commands.Replenish;
import dev.depot.model.commands.UpdateCustomerContact;
import dev.depot.model.views.CountTaskView;
import dev.depot.model.views.CustomerView;
import dev.depot.model.views.ItemView;
import dev.depot.model.views.PickTaskView;
import dev.depot.model.views.PurchaseOrderView;
import dev.depot.model.views.PutawayTaskView;
import dev.depot.model.views.ReplenishmentTaskView;
import dev.depot.model.views.Replica;
import dev.depot.model.views.TransferView;
import dev.depot.sync.client.UnsentCommand;
import dev.depot.sync.protocol.CommandEnvelope;
import dev.depot.sync.protocol.SyncJson;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Unsent work in words: each command as the person would tell the office about it, and the whole
 * list with the commands' own JSON, which the office can key in or import without guessing.
 */
public final class UnsentWorkText implements CommandDescriber {

    private final ZoneId zone;

    public UnsentWorkText(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public String describe(CommandEnvelope envelope, Replica replica) {
        String when = Formats.dayAndTime(envelope.occurredAt(), zone); // read later, maybe on another day
        return switch (envelope.command()) {
            case PlaceOrder order -> order(order, replica, when);
            case ConfirmPick pick -> pick(pick, replica, when);
            case UpdateCustomerContact edit -> contact(edit, replica, when);
            case AcknowledgeInbox read -> "Marked a message read at " + when;
            case ReceiveGoods receipt -> receipt(receipt, replica, when);
            case PutAway putaway -> putaway(putaway, replica, when);
            case CountStock count -> count(count, replica, when);
            case LinkCaseBarcode link -> caseLink(link, replica, when);
            case Replenish moved -> replenishment(moved, replica, when);
            case LoadTransfer load -> load(load, replica, when);
            case ReceiveTransfer receipt -> transferReceipt(receipt, replica, when);
        };
    }

    /** The list for the office: what each command was, and each command exactly as it would have been sent. */
    public static String export(List<UnsentCommand> unsent) {
        return unsent.stream()
                .map(command -> "#" + command.envelope().seq() + " " + command.description() + "\n" + SyncJson.toJson(command.envelope()))
                .collect(Collectors.joining("\n\n", "Depot: work recorded on a device the office signed out, never sent\n\n", "\n"));
    }

    private static String order(PlaceOrder order, Replica replica, String when) {
        String customer = replica.customer(order.customerId()).map(CustomerView::name).orElse("customer " + order.customerId());
        String lines = order.lines().stream()
                .map(line -> Formats.quantity(line.quantity()) + " × " + replica.item(line.itemId()).map(ItemView::name)
                        .orElse("item " + line.itemId()))
                .collect(Collectors.joining(", "));
        String total = order.expectedTotal() == null ? "" : "; total " + Formats.money(order.expectedTotal());
        String reference = order.customerReference() == null || order.customerReference().isBlank() ? ""
                : "; their reference " + order.customerReference();
        return "Order for " + customer + " at " + when + ": " + lines + total + reference;
    }

    private static String contact(UpdateCustomerContact edit, Replica replica, String when) {
        String customer = replica.customer(edit.customerId()).map(CustomerView::name).orElse("customer " + edit.customerId());
        String changes = edit.changes().changedFields().stream()
                .map(field -> field.title() + " " + edit.changes().newValue(field))
                .collect(Collectors.joining(", "));
        return "Contact details of " + customer + " at " + when + ": " + changes;
    }

    private static String receipt(ReceiveGoods receipt, Replica replica, String when) {
        Optional<PurchaseOrderView> order = replica.find(PurchaseOrderView.class, PurchaseOrderView.TYPE, receipt.purchaseOrderId());
        String item = order.flatMap(o -> o.lineFor(receipt.itemCode())).map(PurchaseOrderView.Line::itemName)
                .orElse("item " + receipt.itemCode());
        String label = (receipt.lot() == null ? "" : ", lot " + receipt.lot())
                + (receipt.expiry() == null ? "" : ", expires " + receipt.expiry())
                + (receipt.sscc() == null ? "" : ", pallet " + receipt.sscc());
        return "Receipt" + order.map(o -> " on " + o.number()).orElse("") + " at " + when + ": " + Formats.quantity(receipt.quantity())
                + " × " + item + (receipt.damaged() ? ", damaged" : "") + label;
    }

    private static String caseLink(LinkCaseBarcode link, Replica replica, String when) {
        Optional<PurchaseOrderView> order = replica.find(PurchaseOrderView.class, PurchaseOrderView.TYPE, link.purchaseOrderId());
        String item = order.flatMap(o -> o.line(link.lineId())).map(l -> l.itemName() + " (" + l.sku() + ")").orElse("an item");
        return "Case barcode" + order.map(o -> " on " + o.number()).orElse("") + " at " + when + ": " + link.gtin() + " is a case of "
                + item;
    }

    private static String replenishment(Replenish moved, Replica replica, String when) {
        String item = replica.find(ReplenishmentTaskView.class, ReplenishmentTaskView.TYPE, moved.taskId())
                .map(ReplenishmentTaskView::itemName).orElse("item " + moved.itemCode());
        return "Replenishment at " + when + ": " + Formats.quantity(moved.quantity()) + " × " + item + " from bin " + moved.fromBinCode()
                + " into bin " + moved.toBinCode();
    }

    private static String load(LoadTransfer load, Replica replica, String when) {
        Optional<TransferView> transfer = replica.find(TransferView.class, TransferView.TYPE, load.transferId());
        String item = transfer.flatMap(t -> t.line(load.lineId())).map(TransferView.Line::itemName).orElse("item " + load.itemCode());
        return "Loaded" + transfer.map(t -> " for " + t.number() + " to " + t.toWarehouse()).orElse("") + " at " + when + ": "
                + Formats.quantity(load.quantity()) + " × " + item + " from bin " + load.fromBinCode();
    }

    private static String transferReceipt(ReceiveTransfer receipt, Replica replica, String when) {
        Optional<TransferView> transfer = replica.find(TransferView.class, TransferView.TYPE, receipt.transferId());
        String item = transfer.flatMap(t -> t.lineFor(receipt.itemCode())).map(TransferView.Line::itemName)
                .orElse("item " + receipt.itemCode());
        return "Received" + transfer.map(t -> " on " + t.number() + " from " + t.fromWarehouse()).orElse("") + " at " + when + ": "
                + Formats.quantity(receipt.quantity()) + " × " + item + (receipt.damaged() ? ", damaged" : "");
    }

    private static String putaway(PutAway putaway, Replica replica, String when) {
        Optional<PutawayTaskView> task = replica.find(PutawayTaskView.class, PutawayTaskView.TYPE, putaway.taskId());
        String item = task.map(t -> t.itemName() + (t.lot() == null ? "" : ", lot " + t.lot())).orElse("putaway task " + putaway.taskId());
        return "Putaway" + task.map(t -> " from " + t.fromCode()).orElse("") + " at " + when + ": " + Formats.quantity(putaway.quantity())
                + " × " + item + " into bin " + putaway.binCode()
                + (putaway.overrideReason() == null ? "" : " (not the suggested bin: " + putaway.overrideReason().label() + ")");
    }

    private static String count(CountStock count, Replica replica, String when) {
        String item = replica.find(CountTaskView.class, CountTaskView.TYPE, count.taskId()).map(CountTaskView::itemName)
                .orElse("item " + count.itemCode());
        return "Count at " + when + ": " + Formats.quantity(count.counted()) + " × " + item + " in bin " + count.binCode();
    }

    private static String pick(ConfirmPick pick, Replica replica, String when) {
        Optional<PickTaskView> task = replica.find(PickTaskView.class, PickTaskView.TYPE, pick.taskId());
        String item = task.map(PickTaskView::itemName).orElse("item " + pick.itemCode());
        String order = task.map(t -> " for " + t.orderNumber()).orElse("");
        return "Pick" + order + " at " + when + ": " + Formats.quantity(pick.quantity()) + " × " + item + " from bin " + pick.binCode()
                + " (scanned " + pick.itemCode() + ")";
    }
}
