package dev.depot.mobile;

import dev.depot.mobile.inbox.EntryOpener;
import dev.depot.mobile.inbox.InboxScreens;
import dev.depot.mobile.picker.PickerScreens;
import dev.depot.mobile.receiver.ReceiverScreens;
import dev.depot.mobile.rep.RepScreens;
import dev.depot.mobile.revoked.SignedOutByOfficeScreen;
import dev.depot.mobile.signin.SignInScreen;
import dev.depot.mobile.ui.AppShell;
import dev.depot.mobile.ui.MenuAction;
import dev.depot.mobile.ui.Screen;
import dev.depot.mobile.ui.StatusBar;
import dev.depot.mobile.ui.Tone;
import dev.depot.sync.client.SyncClient;
import dev.depot.sync.protocol.DeviceRegistration;
import java.util.List;
import java.util.Objects;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * The app's screens around one device: sign-in when nobody is registered, else straight to the
 * person's work by role; the menu (sync now, sign out); refreshes when sync brings news; and the
 * signed-out screen, with any unsent work, once the office revokes the device.
 */
public final class MobileUi {

    private static final String STYLESHEET = "/dev/depot/mobile/ui/depot-mobile.css";

    private final DepotDevice device;
    private final AppShell shell;

    public MobileUi(DepotDevice device) {
        this.device = device;
        this.shell = new AppShell(new StatusBar(device.background().statusProperty(), device.sync().clock()));
        device.background().onNewData(shell::refresh);
        device.background().onSignedOutByOffice(this::openSignedOutByOffice);
        device.journal().registration().ifPresentOrElse(this::openHome, this::openUnsentWorkOrSignIn);
    }

    public Parent root() {
        return shell.root();
    }

    public AppShell shell() {
        return shell;
    }

    /** Starts syncing in the background; call once the window is showing. */
    public void start() {
        device.background().start();
    }

    public static void style(Scene scene) {
        scene.getStylesheets().add(Objects.requireNonNull(MobileUi.class.getResource(STYLESHEET), STYLESHEET).toExternalForm());
    }

    /** Work a revoked registration never sent is shown until the person lets it go, also after a restart. */
    private void openUnsentWorkOrSignIn() {
        if (device.journal().unsent().isEmpty()) {
            openSignIn();
        } else {
            openSignedOutByOffice();
        }
    }

    private void openSignedOutByOffice() {
        clearSignedInChrome();
        shell.openAsHome(new SignedOutByOfficeScreen(device.journal().unsent(), this::signInAgain));
        shell.showNotice("The office signed this device out.", Tone.ERROR); // replaces any "goes with the next sync"
    }

    private void signInAgain() {
        device.journal().discardUnsent();
        openSignIn();
    }

    private void openSignIn() {
        clearSignedInChrome();
        shell.openAsHome(new SignInScreen(device::signIn, device.serverAddress(), registration -> {
            device.background().syncSoon();
            openHome(registration);
        }));
    }

    /** Nobody is signed in: no menu, no inbox (it belongs to a registration). */
    private void clearSignedInChrome() {
        shell.setMenu(List.of(), "", "");
        shell.removeInbox();
    }

    private void openHome(DeviceRegistration registration) {
        shell.setMenu(List.of(new MenuAction("Sync now", this::syncNow), new MenuAction("Sign out", this::signOut)),
                registration.displayName(), registration.role().title());
        shell.openAsHome(homeFor(registration));
    }

    /** The person's home screen; reps, pickers and receivers also get the inbox in the app bar. */
    private Screen homeFor(DeviceRegistration registration) {
        return switch (registration.role()) {
            case REP -> {
                RepScreens rep = new RepScreens(device.sync(), shell);
                new InboxScreens(device.sync(), shell, rep.inboxLinks()).install();
                yield rep.home();
            }
            case PICKER -> {
                new InboxScreens(device.sync(), shell, EntryOpener.NOTHING).install();
                yield new PickerScreens(device.sync(), shell).home();
            }
            case RECEIVER -> {
                new InboxScreens(device.sync(), shell, EntryOpener.NOTHING).install();
                yield new ReceiverScreens(device.sync(), shell).home();
            }
            default -> {
                shell.removeInbox();
                yield new OtherRoleScreen(registration, this::signOut);
            }
        };
    }

    private void syncNow() {
        device.background().syncSoon();
        shell.showNotice("Syncing…", Tone.INFO);
    }

    /** Signing out wipes the device, so it is refused until every command has come back from the server. */
    private void signOut() {
        switch (device.background().signOut()) {
            case SyncClient.SignOut.SignedOut signedOut -> openSignIn();
            case SyncClient.SignOut.WorkWaits waits -> shell.showNotice(waits.commands()
                    + (waits.commands() == 1 ? " command waits" : " commands wait")
                    + " to sync. Sign out once the device is online and they are sent, or the work would be lost.", Tone.ERROR);
        }
    }
}
