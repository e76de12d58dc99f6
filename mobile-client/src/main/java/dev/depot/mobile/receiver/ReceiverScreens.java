package dev.depot.mobile.receiver;

import dev.depot.mobile.sync.DeviceSync;
import dev.depot.mobile.ui.AppShell;
import dev.depot.mobile.ui.Screen;
import dev.depot.model.gs1.Gtin;
import dev.depot.model.views.ItemView;
import dev.depot.model.views.PurchaseOrderView;
import dev.depot.model.views.PutawayTaskView;
import dev.depot.model.views.TransferView;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The receiver's way through the app: what waits for putaway, the transfers arriving and the orders due in → put one
 * receipt away, or receive one transfer or against one order, scan after scan → back to the list.
 */
public final class ReceiverScreens {

    private final DeviceSync sync;
    private final AppShell shell;

    public ReceiverScreens(DeviceSync sync, AppShell shell) {
        this.sync = sync;
        this.shell = shell;
    }

    public Screen home() {
        return new ReceivingListScreen(this);
    }

    /** The open purchase orders of the receiver's warehouse, as the device holds them now: earliest due first. */
    List<PurchaseOrderView> orders() {
        UUID warehouse = sync.registration().warehouseId();
        return sync.localState().replica().all(PurchaseOrderView.class)
                .filter(order -> order.warehouseId().equals(warehouse))
                .sorted(Comparator.comparing(PurchaseOrderView::expectedOn).thenComparing(PurchaseOrderView::number))
                .toList();
    }

    /** The order as the device holds it now, with the receipts not yet sent counted in; empty once it left the device. */
    Optional<PurchaseOrderView> order(UUID id) {
        return sync.localState().replica().find(PurchaseOrderView.class, PurchaseOrderView.TYPE, id);
    }

    /** The goods waiting in receiving to be put away, as the device holds them now: oldest first, those put away in full left out. */
    List<PutawayTaskView> putawayTasks() {
        UUID warehouse = sync.registration().warehouseId();
        return sync.localState().replica().all(PutawayTaskView.class)
                .filter(task -> task.warehouseId().equals(warehouse) && !task.isDone())
                .sorted(Comparator.comparing(PutawayTaskView::receivedAt).thenComparing(PutawayTaskView::id))
                .toList();
    }

    /** The task as the device holds it now, with the putaways not yet sent counted in; empty once it left the device. */
    Optional<PutawayTaskView> putawayTask(UUID id) {
        return sync.localState().replica().find(PutawayTaskView.class, PutawayTaskView.TYPE, id);
    }

    void openPutaway(PutawayTaskView task) {
        shell.open(new PutawayScreen(sync, task, this));
    }

    /** The catalog as the device holds it, for telling another item's barcode from one Depot does not know. */
    ReceiveFlow.Catalog catalog() {
        return new ReceiveFlow.Catalog() {
            @Override
            public Optional<ItemView> item(UUID id) {
                return sync.localState().replica().item(id);
            }

            @Override
            public Optional<ItemView> withBarcode(Gtin barcode) {
                return sync.localState().replica().all(ItemView.class)
                        .filter(item -> item.gtin() != null && Gtin.isValid(item.gtin()) && Gtin.parse(item.gtin()).equals(barcode))
                        .findFirst();
            }
        };
    }

    /** The transfers on their way to the receiver's warehouse, earliest due first; those received in full on this device left out. */
    List<TransferView> transfers() {
        UUID warehouse = sync.registration().warehouseId();
        return sync.localState().replica().all(TransferView.class)
                .filter(transfer -> transfer.isArrivingAt(warehouse) && !transfer.isReceived())
                .sorted(Comparator.comparing(TransferView::expectedOn).thenComparing(TransferView::number))
                .toList();
    }

    /** The transfer as the device holds it now, with the receipts not yet sent counted in; empty once it left the device. */
    Optional<TransferView> transfer(UUID id) {
        return sync.localState().replica().find(TransferView.class, TransferView.TYPE, id);
    }

    void openTransfer(TransferView transfer) {
        shell.open(new TransferReceiveScreen(sync, transfer, this));
    }

    void openOrder(PurchaseOrderView order) {
        shell.open(new ReceiveScreen(sync, order, this));
    }

    AppShell shell() {
        return shell;
    }
}
