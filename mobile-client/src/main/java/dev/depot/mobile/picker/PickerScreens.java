package dev.depot.mobile.picker;

import dev.depot.mobile.sync.DeviceSync;
import dev.depot.mobile.ui.AppShell;
import dev.depot.mobile.ui.Formats;
import dev.depot.mobile.ui.Screen;
import dev.depot.mobile.ui.Tone;
import dev.depot.model.commands.ConfirmPick;
import dev.depot.model.views.PickTaskView;

/** The picker's way through the app: task list → pick → next pick … → back to the list when all are done. */
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
        return PickList.of(sync.localState().replica(), sync.registration().warehouseId());
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
            shell.showNotice(done + ". All picks are done: take the tote to packing.", Tone.SUCCESS);
        });
    }
}
