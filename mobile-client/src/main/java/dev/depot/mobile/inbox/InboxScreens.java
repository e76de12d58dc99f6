package dev.depot.mobile.inbox;

import dev.depot.mobile.sync.DeviceSync;
import dev.depot.mobile.ui.AppShell;

/** The inbox in the app: the app bar's button with its unread count, and the screen it opens. */
public final class InboxScreens {

    private final DeviceSync sync;
    private final AppShell shell;
    private final EntryOpener opener;

    public InboxScreens(DeviceSync sync, AppShell shell, EntryOpener opener) {
        this.sync = sync;
        this.shell = shell;
        this.opener = opener;
    }

    /** Puts the inbox button in the app bar. */
    public void install() {
        shell.setInbox(new AppShell.Inbox(this::open, this::unread));
    }

    private void open() {
        shell.open(new InboxScreen(sync, opener, shell::refresh));
    }

    private int unread() {
        return InboxEntries.of(sync.localState().replica(), sync.registration().userId()).unread();
    }
}
