package dev.depot.mobile.ui;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The menu that slides over the screen from the right: who is signed in, and the app-wide actions. */
final class MenuDrawer extends StackPane {

    private final VBox panel = new VBox();
    private final Label person = Widgets.label("", "drawer-person");
    private final Label role = Widgets.label("", "drawer-role");
    private final VBox actions = new VBox();
    private final Runnable close;

    MenuDrawer(Runnable close) {
        this.close = close;
        Region scrim = new Region();
        scrim.getStyleClass().add("scrim");
        scrim.setOnMouseClicked(e -> close.run());
        VBox header = new VBox(person, role);
        header.getStyleClass().add("drawer-header");
        actions.getStyleClass().add("drawer-actions");
        panel.getChildren().addAll(header, actions);
        panel.getStyleClass().add("drawer");
        panel.setMaxWidth(300);
        panel.setId("menu-drawer");
        StackPane.setAlignment(panel, Pos.TOP_RIGHT);
        getChildren().addAll(scrim, panel);
        setVisible(false);
    }

    void setActions(List<MenuAction> entries, String personName, String roleTitle) {
        person.setText(personName);
        role.setText(roleTitle);
        actions.getChildren().setAll(entries.stream().map(this::entry).toList());
    }

    private Button entry(MenuAction action) {
        Button button = Widgets.button(action.label(), () -> {
            close.run();
            action.action().run();
        }, "drawer-action");
        button.setMaxWidth(Double.MAX_VALUE);
        return button;
    }

    void toggle() {
        setVisible(!isVisible());
    }

    void close() {
        setVisible(false);
    }

    boolean isOpen() {
        return isVisible();
    }
}
