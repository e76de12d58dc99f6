package dev.depot.server.accounting;

import static dev.depot.server.accounting.PostingLine.credit;
import static dev.depot.server.accounting.PostingLine.debit;

import dev.depot.model.money.Money;
import java.util.List;
import java.util.UUID;

/** Which accounts each business event moves, and by how much. Pure: the caller posts the result. */
public final class PostingRules {

    private PostingRules() {
    }

    /** Stock counted in when Depot starts: inventory against opening equity. */
    public static JournalDraft openingStock(UUID movementId, Money value) {
        return new JournalDraft("OPENING_STOCK", movementId, "Opening stock",
                List.of(debit(Accounts.INVENTORY, value), credit(Accounts.OPENING_BALANCE_EQUITY, value)));
    }

    /** Goods received from a supplier: inventory against goods received not invoiced. */
    public static JournalDraft receipt(UUID movementId, Money value) {
        return new JournalDraft("RECEIPT", movementId, "Goods receipt",
                List.of(debit(Accounts.INVENTORY, value), credit(Accounts.GOODS_RECEIVED_NOT_INVOICED, value)));
    }

    /** Goods scrapped after inspection, at moving-average cost: a loss against inventory. */
    public static JournalDraft writeOff(UUID decisionId, String what, Money cost) {
        return new JournalDraft("WRITE_OFF", decisionId, "Written off: " + what,
                List.of(debit(Accounts.INVENTORY_ADJUSTMENTS, cost), credit(Accounts.INVENTORY, cost)));
    }

    /** Goods sent back to the supplier before their invoice, at moving-average cost: no longer owed, no longer ours. */
    public static JournalDraft returnToSupplier(UUID decisionId, String what, Money cost) {
        return new JournalDraft("RETURN_TO_SUPPLIER", decisionId, "Returned to supplier: " + what,
                List.of(debit(Accounts.GOODS_RECEIVED_NOT_INVOICED, cost), credit(Accounts.INVENTORY, cost)));
    }

    /** A count found more than the books said, valued at moving-average cost: inventory up, the adjustment account credited. */
    public static JournalDraft countGain(UUID countId, String what, Money value) {
        return new JournalDraft("COUNT_ADJUSTMENT", countId, "Count gain: " + what,
                List.of(debit(Accounts.INVENTORY, value), credit(Accounts.INVENTORY_ADJUSTMENTS, value)));
    }

    /** A count found less than the books said, valued at moving-average cost: a loss against inventory. */
    public static JournalDraft countLoss(UUID countId, String what, Money value) {
        return new JournalDraft("COUNT_ADJUSTMENT", countId, "Count loss: " + what,
                List.of(debit(Accounts.INVENTORY_ADJUSTMENTS, value), credit(Accounts.INVENTORY, value)));
    }

    /** Goods sent to another warehouse of the business, at moving-average cost: still ours, now on the road. */
    public static JournalDraft transferDispatch(UUID transferId, String transferNumber, Money cost) {
        return new JournalDraft("TRANSFER_DISPATCH", transferId, "Transfer " + transferNumber + " dispatched",
                List.of(debit(Accounts.INVENTORY_IN_TRANSIT, cost), credit(Accounts.INVENTORY, cost)));
    }

    /** Goods of a transfer received at the other warehouse, at the cost they travelled at: off the road, back in inventory. */
    public static JournalDraft transferReceipt(UUID receiptId, String transferNumber, Money cost) {
        return new JournalDraft("TRANSFER_RECEIPT", receiptId, "Transfer " + transferNumber + " received",
                List.of(debit(Accounts.INVENTORY, cost), credit(Accounts.INVENTORY_IN_TRANSIT, cost)));
    }

    /** Goods of a transfer that never arrived, at the cost they travelled at: a loss against inventory in transit. */
    public static JournalDraft transferLoss(UUID transferId, String transferNumber, Money cost) {
        return new JournalDraft("TRANSFER_LOSS", transferId, "Transfer " + transferNumber + " closed short",
                List.of(debit(Accounts.INVENTORY_ADJUSTMENTS, cost), credit(Accounts.INVENTORY_IN_TRANSIT, cost)));
    }

    /** Goods shipped to a customer, at moving-average cost: cost of goods sold against inventory. */
    public static JournalDraft goodsIssue(UUID orderId, String orderNumber, Money cost) {
        return new JournalDraft("GOODS_ISSUE", orderId, "Goods issue " + orderNumber,
                List.of(debit(Accounts.COST_OF_GOODS_SOLD, cost), credit(Accounts.INVENTORY, cost)));
    }

    /** An invoice: the customer owes the total; revenue is the net, the tax is owed to the state. */
    public static JournalDraft invoice(UUID invoiceId, String invoiceNumber, Money net, Money tax) {
        return new JournalDraft("INVOICE", invoiceId, "Invoice " + invoiceNumber,
                List.of(debit(Accounts.RECEIVABLES, net.plus(tax)), credit(Accounts.SALES_REVENUE, net),
                        credit(Accounts.SALES_TAX_PAYABLE, tax)));
    }
}
