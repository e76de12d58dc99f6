package dev.depot.mobile.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The app's few building blocks, so every screen has the same touch sizes and type scale. */
public final class Widgets {

    private Widgets() {
    }

    public static Label label(String text, String... styleClasses) {
        Label label = new Label(text);
        label.getStyleClass().addAll(styleClasses);
        label.setWrapText(true);
        return label;
    }

    /** The one main action of a screen: full width, filled. */
    public static Button primaryButton(String text, Runnable action) {
        Button button = button(text, action, "primary-button");
        button.setMaxWidth(Double.MAX_VALUE);
        return button;
    }

    public static Button button(String text, Runnable action, String styleClass) {
        Button button = new Button(text);
        button.getStyleClass().add(styleClass);
        button.setOnAction(e -> action.run());
        return button;
    }

    public static VBox card(Node... children) {
        VBox card = new VBox(children);
        card.getStyleClass().add("card");
        return card;
    }

    /** A label on the left, a value on the right: one line of a summary card. */
    public static HBox row(String name, Label value) {
        Label label = label(name, "row-name");
        value.getStyleClass().add("row-value");
        HBox row = new HBox(label, grow(), value);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("row");
        return row;
    }

    public static Region grow() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    /** A screen's scrolling column with the standard padding. */
    /** Shows or hides a node, giving its space back to the layout while it is hidden. */
    public static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    public static VBox column(Node... children) {
        VBox column = new VBox(children);
        column.getStyleClass().add("column");
        return column;
    }
}
