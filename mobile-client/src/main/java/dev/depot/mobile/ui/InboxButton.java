package dev.depot.mobile.ui;

import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.SVGPath;

/** The app bar's envelope, with a red count of unread entries: news reaches the person on every screen. */
final class InboxButton extends StackPane {

    private static final String ENVELOPE = "M3 6.5A1.5 1.5 0 0 1 4.5 5h15A1.5 1.5 0 0 1 21 6.5v11a1.5 1.5 0 0 1-1.5 1.5h-15"
            + "A1.5 1.5 0 0 1 3 17.5v-11Zm1.8.3v.4l7.2 5 7.2-5v-.4H4.8Zm14.4 2.6-6.7 4.6a.9.9 0 0 1-1 0L4.8 9.4v8h14.4v-8Z";

    private final Button button = new Button();
    private final Label badge = Widgets.label("", "inbox-badge");

    InboxButton() {
        SVGPath icon = new SVGPath();
        icon.setContent(ENVELOPE);
        icon.getStyleClass().add("inbox-icon");
        button.setGraphic(icon);
        button.getStyleClass().add("app-bar-button");
        button.setId("app-bar-inbox");
        badge.setId("inbox-badge");
        badge.setMouseTransparent(true);
        badge.setWrapText(false);
        StackPane.setAlignment(badge, Pos.TOP_RIGHT);
        getChildren().addAll(button, badge);
        showUnread(0);
    }

    void setOnAction(EventHandler<ActionEvent> action) {
        button.setOnAction(action);
    }

    /** The count on the badge ("9+" past nine); no badge when everything is read. */
    void showUnread(int unread) {
        badge.setText(unread > 9 ? "9+" : Integer.toString(unread));
        badge.setVisible(unread > 0);
        button.setAccessibleText(unread == 0 ? "Inbox" : "Inbox, " + unread + " unread");
    }
}
