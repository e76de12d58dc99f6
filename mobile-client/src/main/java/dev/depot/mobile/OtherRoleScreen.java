package dev.depot.mobile;

import dev.depot.mobile.ui.Screen;
import dev.depot.mobile.ui.Widgets;
import dev.depot.sync.protocol.DeviceRegistration;
import javafx.scene.Node;
import javafx.scene.layout.VBox;

/** For people whose work is not on this app yet: says so, and where to go instead. */
final class OtherRoleScreen implements Screen {

    private final VBox view;

    OtherRoleScreen(DeviceRegistration registration, Runnable signOut) {
        view = Widgets.column(
                Widgets.label("Hello, " + registration.displayName(), "screen-heading"),
                Widgets.label("You are signed in as " + registration.role().title() + ". This device app is for field reps, "
                        + "pickers and receivers; your work is in the Depot web admin.", "screen-subheading"),
                Widgets.primaryButton("Sign out", signOut));
    }

    @Override
    public String title() {
        return "Depot";
    }

    @Override
    public Node view() {
        return view;
    }
}
