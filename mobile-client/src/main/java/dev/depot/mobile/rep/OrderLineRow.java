package dev.depot.mobile.rep;

import dev.depot.mobile.rep.OrderDraft.DraftLine;
import dev.depot.mobile.ui.Formats;
import dev.depot.mobile.ui.QuantityEntry;
import dev.depot.mobile.ui.Widgets;
import dev.depot.model.pricing.Percentage;
import dev.depot.model.pricing.PricedLine;
import dev.depot.model.views.StockLevelView;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** One order line on the entry screen: the item, its price, and controls for quantity and discount. */
final class OrderLineRow extends VBox {

    private final Label name = Widgets.label("", "line-name");
    private final Label detail = Widgets.label("", "line-detail");
    private final Label net = Widgets.label("", "line-net");
    private final Label stock = Widgets.label("", "line-stock");
    private final TextField quantity = new TextField();
    private final TextField discount = new TextField();
    private DraftLine line;

    /**
     * @param quantityChanged called with the new quantity when the rep taps +/- or edits the field
     * @param discountChanged called with a valid discount the rep entered
     * @param invalid         called with a message when an entry cannot be read
     */
    OrderLineRow(DraftLine initial, BiConsumer<DraftLine, BigDecimal> quantityChanged,
                 BiConsumer<DraftLine, Percentage> discountChanged, Consumer<String> invalid) {
        this.line = initial;
        getStyleClass().addAll("card", "order-line");
        setId("line-" + initial.item().sku());
        stock.setId("stock-" + initial.item().sku());
        quantity.getStyleClass().add("quantity-field");
        quantity.setId("quantity-" + initial.item().sku());
        quantity.setPrefColumnCount(4);
        discount.getStyleClass().add("discount-field");
        discount.setId("discount-" + initial.item().sku());
        discount.setPromptText("0");
        discount.setPrefColumnCount(3);

        Button less = Widgets.button("−", () -> quantityChanged.accept(line, line.quantity().subtract(BigDecimal.ONE)), "step-button");
        Button more = Widgets.button("+", () -> quantityChanged.accept(line, line.quantity().add(BigDecimal.ONE)), "step-button");
        less.setId("less-" + initial.item().sku());
        more.setId("more-" + initial.item().sku());
        less.setAccessibleText("One less");
        more.setAccessibleText("One more");

        quantity.setOnAction(e -> readQuantity(quantityChanged, invalid));
        quantity.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                readQuantity(quantityChanged, invalid);
            }
        });
        discount.setOnAction(e -> readDiscount(discountChanged, invalid));
        discount.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                readDiscount(discountChanged, invalid);
            }
        });

        HBox top = new HBox(name, Widgets.grow(), net);
        top.setAlignment(Pos.TOP_LEFT);
        Label percent = Widgets.label("% off", "line-detail");
        HBox controls = new HBox(less, quantity, more, Widgets.grow(), discount, percent);
        controls.getStyleClass().add("line-controls");
        controls.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(top, detail, stock, controls);
    }

    /**
     * Shows the line as it now stands, with what the warehouse had at the last sync; a field the rep
     * is typing in is left alone.
     */
    void show(DraftLine current, PricedLine priced, Optional<StockLevelView> level) {
        this.line = current;
        name.setText(current.item().name());
        detail.setText(current.item().sku() + " · " + Formats.money(priced.unitPrice()) + " each");
        showStock(current.quantity(), level);
        net.setText(Formats.money(priced.net()));
        if (!quantity.isFocused()) {
            quantity.setText(Formats.quantity(current.quantity()));
        }
        if (!discount.isFocused()) {
            discount.setText(current.discount().isZero() ? "" : Formats.quantity(current.discount().value()));
        }
    }

    private void showStock(BigDecimal wanted, Optional<StockLevelView> level) {
        BigDecimal available = level.map(StockLevelView::available).orElse(null);
        boolean tooFew = available != null && wanted.compareTo(available) > 0;
        stock.getStyleClass().remove("line-stock-short");
        if (available == null) {
            stock.setText("Stock not known on this device yet");
        } else if (tooFew) {
            stock.getStyleClass().add("line-stock-short");
            stock.setText(available.signum() == 0 ? "None available: all of it will be backordered"
                    : "Only " + Formats.quantity(available) + " available: " + Formats.quantity(wanted.subtract(available))
                    + " will be backordered");
        } else {
            stock.setText(Formats.quantity(available) + " available");
        }
    }

    private void readQuantity(BiConsumer<DraftLine, BigDecimal> changed, Consumer<String> invalid) {
        QuantityEntry.read(quantity.getText(), problem -> {
            quantity.setText(Formats.quantity(line.quantity()));
            invalid.accept(problem);
        }).filter(entered -> entered.compareTo(line.quantity()) != 0).ifPresent(entered -> changed.accept(line, entered));
    }

    private void readDiscount(BiConsumer<DraftLine, Percentage> changed, Consumer<String> invalid) {
        String text = discount.getText().strip();
        try {
            Percentage entered = text.isEmpty() ? Percentage.ZERO : new Percentage(new BigDecimal(text));
            if (!entered.equals(line.discount())) {
                changed.accept(line, entered);
            }
        } catch (IllegalArgumentException e) { // NumberFormatException included
            discount.setText(line.discount().isZero() ? "" : Formats.quantity(line.discount().value()));
            invalid.accept("A discount is a percentage from 0 to 100, not “" + text + "”");
        }
    }
}
