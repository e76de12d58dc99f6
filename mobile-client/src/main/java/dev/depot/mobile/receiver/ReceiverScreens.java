package dev.depot.mobile.receiver;

import dev.depot.mobile.sync.DeviceSync;
import dev.depot.mobile.ui.AppShell;
import dev.depot.mobile.ui.Screen;
import dev.depot.model.views.PurchaseOrderView;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The receiver's way through the app: the orders due in → receive against one, scan after scan → back to the list. */
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

    void openOrder(PurchaseOrderView order) {
        shell.open(new ReceiveScreen(sync, order, this));
    }

    AppShell shell() {
        return shell;
    }
}
