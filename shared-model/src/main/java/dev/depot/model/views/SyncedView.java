package dev.depot.model.views;

import jakarta.json.bind.annotation.JsonbSubtype;
import jakarta.json.bind.annotation.JsonbTypeInfo;
import java.util.UUID;

/**
 * The authoritative state of one record as the server publishes it to devices: the payload of a
 * change entry. Devices keep these as their base state and never edit them; their own changes are
 * commands laid on top (see {@code dev.depot.model.commands.Rebase}).
 */
@JsonbTypeInfo(key = "type", value = {
        @JsonbSubtype(alias = ItemView.TYPE, type = ItemView.class),
        @JsonbSubtype(alias = ItemPriceView.TYPE, type = ItemPriceView.class),
        @JsonbSubtype(alias = CustomerView.TYPE, type = CustomerView.class),
        @JsonbSubtype(alias = OrderView.TYPE, type = OrderView.class),
        @JsonbSubtype(alias = PickTaskView.TYPE, type = PickTaskView.class),
        @JsonbSubtype(alias = InboxEntryView.TYPE, type = InboxEntryView.class),
        @JsonbSubtype(alias = StockLevelView.TYPE, type = StockLevelView.class),
        @JsonbSubtype(alias = InvoiceView.TYPE, type = InvoiceView.class),
        @JsonbSubtype(alias = PurchaseOrderView.TYPE, type = PurchaseOrderView.class),
        @JsonbSubtype(alias = PutawayTaskView.TYPE, type = PutawayTaskView.class),
        @JsonbSubtype(alias = CountTaskView.TYPE, type = CountTaskView.class),
        @JsonbSubtype(alias = ReplenishmentTaskView.TYPE, type = ReplenishmentTaskView.class),
        @JsonbSubtype(alias = TransferView.TYPE, type = TransferView.class)
})
public sealed interface SyncedView
        permits ItemView, ItemPriceView, CustomerView, OrderView, PickTaskView, InboxEntryView, StockLevelView, InvoiceView,
        PurchaseOrderView, PutawayTaskView, CountTaskView, ReplenishmentTaskView, TransferView {

    UUID id();

    /** The entity type name used in change entries and replica keys. */
    String entityType();
}
