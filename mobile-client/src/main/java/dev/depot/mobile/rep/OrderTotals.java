package dev.depot.mobile.rep;

import dev.depot.mobile.ui.Formats;
import dev.depot.mobile.ui.MessageLine;
import dev.depot.mobile.ui.Tone;
import dev.depot.mobile.ui.Widgets;
import dev.depot.model.credit.CreditDecision;
import dev.depot.model.pricing.PricedOrder;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Subtotal, tax and total as the rulebook computes them on the device, and a warning when credit runs out. */
final class OrderTotals extends VBox {

    private final Label subtotal = new Label();
    private final Label taxName = new Label();
    private final Label tax = new Label();
    private final Label total = new Label();
    private final MessageLine creditWarning = new MessageLine();

    OrderTotals() {
        getStyleClass().add("totals");
        subtotal.setId("order-subtotal");
        tax.setId("order-tax");
        total.setId("order-total");
        creditWarning.setId("credit-warning");
        var taxRow = Widgets.row("Tax", tax);
        taxRow.getChildren().set(0, taxName);
        taxName.getStyleClass().add("row-name");
        var totalRow = Widgets.row("Total", total);
        totalRow.getStyleClass().add("total-row");
        getChildren().addAll(Widgets.row("Subtotal", subtotal), taxRow, totalRow, creditWarning);
    }

    void show(Optional<PricedOrder> order, Optional<CreditDecision> credit) {
        subtotal.setText(order.map(o -> Formats.money(o.subtotal())).orElse("–"));
        taxName.setText(order.map(o -> "Tax " + o.taxRate().rate()).orElse("Tax"));
        tax.setText(order.map(o -> Formats.money(o.tax())).orElse("–"));
        total.setText(order.map(o -> Formats.money(o.total())).orElse("–"));
        if (credit.orElse(null) instanceof CreditDecision.OverLimit over) {
            creditWarning.show("Over the credit limit by " + Formats.money(over.excess())
                    + ". The order will wait for credit approval.", Tone.WARNING);
        } else {
            creditWarning.clear();
        }
    }
}
