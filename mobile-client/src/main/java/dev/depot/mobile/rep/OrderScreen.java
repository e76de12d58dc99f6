package dev.depot.mobile.rep;

import dev.depot.mobile.sync.DeviceSync;
import dev.depot.mobile.ui.Formats;
import dev.depot.mobile.ui.MessageLine;
import dev.depot.mobile.ui.Screen;
import dev.depot.mobile.ui.Tone;
import dev.depot.mobile.ui.Widgets;
import dev.depot.model.views.OrderLineView;
import dev.depot.model.views.OrderStatus;
import dev.depot.model.views.OrderView;
import java.util.Locale;
import java.util.UUID;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** One of the rep's orders as the office last said it stands: status, why it waits, and per line what is reserved or backordered. */
final class OrderScreen implements Screen {

    private final DeviceSync sync;
    private final UUID orderId;
    private final Label number = Widgets.label("", "screen-heading");
    private final Label status = Widgets.label("", "chip");
    private final Label customer = Widgets.label("", "screen-subheading");
    private final Label shipTo = Widgets.label("", "cell-detail");
    private final MessageLine hold = new MessageLine();
    private final VBox lines = new VBox();
    private final Label total = new Label();
    private final ScrollPane view;

    OrderScreen(DeviceSync sync, UUID orderId) {
        this.sync = sync;
        this.orderId = orderId;
        number.setId("order-number");
        status.setId("order-status");
        hold.setId("order-hold");
        shipTo.setId("order-ship-to");
        shipTo.setWrapText(true);
        lines.setId("order-lines");
        lines.getStyleClass().add("lines");
        HBox top = new HBox(10, number, Widgets.grow(), status);
        top.setAlignment(Pos.CENTER_LEFT);
        view = new ScrollPane(Widgets.column(top, customer, shipTo, hold, lines, Widgets.card(Widgets.row("Total", total))));
        view.setFitToWidth(true);
        refresh();
    }

    @Override
    public void refresh() {
        sync.localState().replica().find(OrderView.class, OrderView.TYPE, orderId).ifPresent(this::show);
    }

    private void show(OrderView order) {
        boolean waiting = order.status() == OrderStatus.AWAITING_SYNC;
        number.setText(waiting ? "Not yet numbered" : order.number());
        status.setText(order.status().title());
        status.getStyleClass().removeIf(c -> c.startsWith("chip-"));
        status.getStyleClass().add(waiting ? "chip-waiting" : "chip-order-" + order.status().name().toLowerCase(Locale.ROOT));
        customer.setText(order.customerName());
        shipTo.setText(order.shipTo() == null ? "" : "Deliver to " + order.shipTo());
        Widgets.show(shipTo, order.shipTo() != null);
        if (order.holdReason() != null) {
            hold.show("On hold: " + order.holdReason(), Tone.WARNING);
        } else {
            hold.clear();
        }
        lines.getChildren().setAll(order.lines().stream().map(OrderScreen::line).toList());
        total.setText(Formats.money(order.total()));
    }

    private static Node line(OrderLineView line) {
        VBox card = Widgets.card(Widgets.label(Formats.quantity(line.quantity()) + " × " + line.itemName(), "cell-title"),
                Widgets.label(line.sku() + " · " + Formats.money(line.net()), "cell-detail"));
        if (line.backordered().signum() > 0) {
            Label backordered = Widgets.label(Formats.quantity(line.backordered()) + " backordered, " + Formats.quantity(line.reserved())
                    + " reserved", "message", Tone.WARNING.styleClass());
            backordered.setId("backordered-" + line.sku());
            card.getChildren().add(backordered);
        }
        return card;
    }

    @Override
    public String title() {
        return "Order";
    }

    @Override
    public Node view() {
        return view;
    }
}
