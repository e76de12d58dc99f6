package dev.depot.mobile.revoked;

import dev.depot.mobile.ui.MessageLine;
import dev.depot.mobile.ui.Screen;
import dev.depot.mobile.ui.Tone;
import dev.depot.mobile.ui.Widgets;
import dev.depot.sync.client.UnsentCommand;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.layout.VBox;

/**
 * What a device shows once the office revoked it: that it was signed out, and the work it never got
 * to send. That work stays, also across restarts, until the person confirms they passed it on;
 * only then is it discarded and the sign-in offered (docs/decisions/device-revocation.md).
 */
public final class SignedOutByOfficeScreen implements Screen {

    private final List<UnsentCommand> unsent;
    private final ScrollPane view;
    private final MessageLine message = new MessageLine();

    /** @param signInAgain discards the unsent work and opens the sign-in */
    public SignedOutByOfficeScreen(List<UnsentCommand> unsent, Runnable signInAgain) {
        this.unsent = List.copyOf(unsent);
        VBox column = Widgets.column(
                heading(),
                Widgets.label("Sign in again to go on working. The customers, prices and tasks this device held were removed "
                        + "from it.", "screen-subheading"));
        if (unsent.isEmpty()) {
            column.getChildren().add(button("Sign in again", signInAgain));
        } else {
            column.getChildren().addAll(unsentCard(), message, confirmation(signInAgain));
        }
        column.getStyleClass().add("signed-out-by-office");
        view = new ScrollPane(column);
        view.setFitToWidth(true);
    }

    @Override
    public String title() {
        return "Signed out";
    }

    @Override
    public Node view() {
        return view;
    }

    private static Node heading() {
        var heading = Widgets.label("This device was signed out by the office", "screen-heading");
        heading.setId("signed-out-heading");
        return heading;
    }

    private Node unsentCard() {
        VBox card = Widgets.card(Widgets.label(unsent.size() == 1 ? "1 thing was not sent" : unsent.size() + " things were not sent",
                "card-title"));
        card.setId("unsent-work");
        for (UnsentCommand command : unsent) {
            card.getChildren().add(Widgets.label(command.description(), "unsent-item"));
        }
        card.getChildren().add(Widgets.label("The office signed this device out before it could send these, and the server "
                + "takes nothing more from it. Tell the office about them: Copy puts the list, with every detail, on the "
                + "clipboard. They can also check whether any of them arrived after all.", "hint"));
        Button copy = Widgets.button("Copy the list", this::copy, "secondary-button");
        copy.setId("copy-unsent");
        card.getChildren().add(copy);
        return card;
    }

    private Node confirmation(Runnable signInAgain) {
        CheckBox passedOn = new CheckBox("I have passed these on to the office");
        passedOn.setId("passed-on");
        passedOn.setWrapText(true);
        Button discard = button("Discard them and sign in", signInAgain);
        discard.disableProperty().bind(passedOn.selectedProperty().not());
        return new VBox(12, passedOn, discard);
    }

    private static Button button(String text, Runnable action) {
        Button button = Widgets.primaryButton(text, action);
        button.setId("sign-in-again");
        return button;
    }

    private void copy() {
        Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, UnsentWorkText.export(unsent)));
        message.show("Copied. Paste it into a message to the office.", Tone.SUCCESS);
    }
}
