package dev.depot.mobile.picker;

import dev.depot.mobile.sync.DeviceSync;
import dev.depot.mobile.ui.AppShell;
import dev.depot.mobile.ui.Formats;
import dev.depot.mobile.ui.Screen;
import dev.depot.mobile.ui.Tone;
import dev.depot.model.commands.ConfirmPick;
import dev.depot.model.commands.CountStock;
import dev.depot.model.commands.LoadTransfer;
import dev.depot.model.commands.Replenish;
import dev.depot.model.views.CountTaskView;
import dev.depot.model.views.PickTaskView;
import dev.depot.model.views.ReplenishmentTaskView;
import dev.depot.model.views.TransferView;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The picker's way through the app: task list → pick → next pick … → back to the list when all are
 * done; the pick faces to fill, the transfers to load and the counts asked of the warehouse wait on the same list, one at a time.
 */
public final class PickerScreens {

    private final DeviceSync sync;
    private final AppShell shell;

    public PickerScreens(DeviceSync sync, AppShell shell) {
        this.sync = sync;
        this.shell = shell;
    }

    public Screen home() {
        return new TaskListScreen(sync, this);
    }

    PickList pickList() {
        return PickList.of(sync.localState().replica(), sync.registration().warehouseId(), sync.registration().userId());
    }

    /** The warehouse's counts not yet counted on this device, along the pick path. */
    List<CountTaskView> counts() {
        UUID warehouse = sync.registration().warehouseId();
        return sync.localState().replica().all(CountTaskView.class)
                .filter(count -> count.warehouseId().equals(warehouse) && !count.isCounted())
                .sorted(Comparator.comparingInt(CountTaskView::walkSequence).thenComparing(CountTaskView::binCode))
                .toList();
    }

    /** The warehouse's pick faces waiting to be filled, along the walk from their reserve bins; those filled on this device left out. */
    List<ReplenishmentTaskView> replenishments() {
        UUID warehouse = sync.registration().warehouseId();
        return sync.localState().replica().all(ReplenishmentTaskView.class)
                .filter(task -> task.warehouseId().equals(warehouse) && !task.isDone())
                .sorted(Comparator.comparingInt(ReplenishmentTaskView::fromWalkSequence).thenComparing(ReplenishmentTaskView::fromCode)
                        .thenComparing(ReplenishmentTaskView::createdAt))
                .toList();
    }

    void openReplenishment(ReplenishmentTaskView task) {
        shell.open(new ReplenishScreen(sync, task, this));
    }

    /** Taken from the reserve bin: on to the pick face. */
    void openFill(ReplenishmentTaskView task, String itemCode, BigDecimal quantity) {
        shell.replace(new FillFaceScreen(sync, task, itemCode, quantity, this));
    }

    /** The move is in the outbox: back to the list. */
    void filled(ReplenishmentTaskView task, Replenish moved) {
        shell.back();
        shell.showNotice("Moved " + Formats.quantity(moved.quantity()) + " × " + task.itemName() + " into " + task.toCode() + ".",
                Tone.SUCCESS);
    }

    /** A transfer's line still to load from this warehouse, with the transfer it is on. */
    record ToLoad(TransferView transfer, TransferView.Line line) {
    }

    /** What this warehouse's transfers still need loaded, along the walk from their bins; what was loaded on this device left out. */
    List<ToLoad> toLoad() {
        UUID warehouse = sync.registration().warehouseId();
        return sync.localState().replica().all(TransferView.class)
                .filter(transfer -> transfer.isLoadingAt(warehouse))
                .flatMap(transfer -> transfer.lines().stream()
                        .filter(line -> line.fromCode() != null && line.toLoad().signum() > 0)
                        .map(line -> new ToLoad(transfer, line)))
                .sorted(Comparator.comparingInt((ToLoad load) -> load.line().fromWalkSequence())
                        .thenComparing(load -> load.line().fromCode()).thenComparing(load -> load.transfer().number()))
                .toList();
    }

    void openLoad(ToLoad load) {
        shell.open(new LoadTransferScreen(sync, load.transfer(), load.line(), this));
    }

    /** The load is in the outbox: back to the list. */
    void loaded(TransferView transfer, TransferView.Line line, LoadTransfer load) {
        shell.back();
        shell.showNotice("Loaded " + Formats.quantity(load.quantity()) + " × " + line.itemName() + " for " + transfer.number() + " to "
                + transfer.toWarehouse() + ".", Tone.SUCCESS);
    }

    void openCount(CountTaskView count) {
        shell.open(new CountScreen(sync, count, this));
    }

    /** The count is in the outbox: back to the list; the server's verdict comes with the next sync. */
    void counted(CountTaskView task, CountStock count) {
        shell.back();
        shell.showNotice("Counted " + Formats.quantity(count.counted()) + " × " + task.itemName() + " in " + task.binCode() + ".",
                Tone.SUCCESS);
    }

    void openPick(PickTaskView task) {
        shell.open(new PickScreen(sync, task, this));
    }

    /** The pick is in the outbox: straight on to the next task along the path. */
    void picked(PickTaskView task, ConfirmPick pick) {
        String done = "Picked " + Formats.quantity(pick.quantity()) + " × " + task.itemName() + " from " + task.binCode();
        pickList().nextAfter(task).ifPresentOrElse(next -> {
            shell.replace(new PickScreen(sync, next, this));
            shell.showNotice(done + ". Next: " + next.binCode(), Tone.SUCCESS);
        }, () -> {
            shell.back();
            shell.showNotice(done + ". All picks are done: take the " + (task.wave() == null ? "tote" : "cart") + " to packing.", Tone.SUCCESS);
        });
    }
}
