package dev.depot.mobile.receiver;

import dev.depot.mobile.ui.Widgets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The foot of a receiving screen, under the thumb: how many came in, the Damaged switch (the goods
 * go to quarantine), and the button that receives them. Enter in the quantity receives too.
 */
final class ReceiveFooter {

    final TextField quantity = new TextField();
    final ToggleButton damaged = new ToggleButton("Damaged");
    final Button receive;
    final VBox node;

    ReceiveFooter(String quantityId, String receiveId, Runnable onReceive) {
        receive = Widgets.primaryButton("Receive", onReceive);
        quantity.setId(quantityId);
        quantity.getStyleClass().add("quantity-field");
        quantity.setOnAction(e -> onReceive.run());
        damaged.setId("damaged");
        damaged.getStyleClass().add("damaged-toggle");
        damaged.setFocusTraversable(false); // a tap must not take the scanner's focus
        receive.setId(receiveId);
        HBox quantityRow = new HBox(Widgets.label("Quantity in", "row-name"), Widgets.grow(), quantity);
        quantityRow.setAlignment(Pos.CENTER_LEFT);
        quantityRow.getStyleClass().add("quantity-row");
        HBox actions = new HBox(damaged, receive);
        actions.getStyleClass().add("receive-actions");
        HBox.setHgrow(receive, Priority.ALWAYS);
        receive.setMaxWidth(Double.MAX_VALUE);
        node = new VBox(quantityRow, actions);
        node.getStyleClass().add("footer");
    }
}
