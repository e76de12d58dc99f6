package dev.depot.model.commands;

import jakarta.json.bind.annotation.JsonbSubtype;
import jakarta.json.bind.annotation.JsonbTypeInfo;
import java.util.List;

/**
 * An intention or a fact recorded on a device, sent to the server to apply. Commands are data:
 * they arrive from outside, so they report their own {@link #violations()} instead of refusing
 * to exist, and the server answers a bad one with a reason the person can act on.
 */
@JsonbTypeInfo(key = "type", value = {
        @JsonbSubtype(alias = PlaceOrder.TYPE, type = PlaceOrder.class),
        @JsonbSubtype(alias = ConfirmPick.TYPE, type = ConfirmPick.class),
        @JsonbSubtype(alias = AcknowledgeInbox.TYPE, type = AcknowledgeInbox.class),
        @JsonbSubtype(alias = UpdateCustomerContact.TYPE, type = UpdateCustomerContact.class),
        @JsonbSubtype(alias = ReceiveGoods.TYPE, type = ReceiveGoods.class),
        @JsonbSubtype(alias = PutAway.TYPE, type = PutAway.class),
        @JsonbSubtype(alias = CountStock.TYPE, type = CountStock.class),
        @JsonbSubtype(alias = LinkCaseBarcode.TYPE, type = LinkCaseBarcode.class),
        @JsonbSubtype(alias = Replenish.TYPE, type = Replenish.class),
        @JsonbSubtype(alias = LoadTransfer.TYPE, type = LoadTransfer.class),
        @JsonbSubtype(alias = ReceiveTransfer.TYPE, type = ReceiveTransfer.class)
})
public sealed interface DeviceCommand permits PlaceOrder, ConfirmPick, AcknowledgeInbox, UpdateCustomerContact, ReceiveGoods,
        PutAway, CountStock, LinkCaseBarcode, Replenish, LoadTransfer, ReceiveTransfer {

    /** The wire name of the command, as in {@code "type": "PlaceOrder"}. */
    String typeName();

    /** Everything wrong with this command's fields; empty when it may be applied. */
    List<Violation> violations();

    /** Physical facts (a scan, a count) record what happened and are never rejected; intentions may be. */
    boolean isPhysicalFact();
}
