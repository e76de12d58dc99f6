package dev.depot.mobile.rep;

import dev.depot.mobile.sync.DeviceSync;
import dev.depot.mobile.ui.Formats;
import dev.depot.mobile.ui.Widgets;
import dev.depot.model.commands.CommandResult;
import dev.depot.model.views.OrderStatus;
import dev.depot.model.views.OrderView;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The rep's orders as the device knows them: those still in the outbox ("Waiting to sync"), those
 * the server numbered with their status, and what the server said about each command.
 */
final class MyOrders extends ScrollPane {

    private static final int RESULTS_SHOWN = 10;
    private static final PseudoClass WAITING = PseudoClass.getPseudoClass("waiting");

    private final DeviceSync sync;
    private final Consumer<UUID> open;
    private final Label outbox = Widgets.label("", "outbox-summary");
    private final VBox results = new VBox();
    private final VBox orders = new VBox();

    /** @param open shows one order, on a tap of its card */
    MyOrders(DeviceSync sync, Consumer<UUID> open) {
        this.sync = sync;
        this.open = open;
        outbox.setId("outbox-summary");
        results.setId("command-results");
        results.getStyleClass().add("results");
        orders.setId("my-orders");
        orders.getStyleClass().add("lines");
        setContent(Widgets.column(outbox, results, orders));
        setFitToWidth(true);
        refresh();
    }

    void refresh() {
        showOutbox(sync.unsentCount(), sync.pendingCount());

        List<CommandResult> latest = sync.resultsNewestFirst().stream().limit(RESULTS_SHOWN).toList();
        results.getChildren().setAll(latest.stream().map(MyOrders::resultLine).toList());

        UUID me = sync.registration().userId();
        List<OrderView> mine = sync.localState().replica().all(OrderView.class)
                .filter(o -> me.equals(o.placedBy()))
                .sorted(Comparator.comparing(OrderView::placedAt, Comparator.nullsLast(Comparator.<Instant>naturalOrder())).reversed())
                .toList();
        Map<UUID, CommandResult> answers = sync.answersToPendingOrders();
        orders.getChildren().setAll(mine.stream().map(order -> orderCard(order, Optional.ofNullable(answers.get(order.id())))).toList());
        if (mine.isEmpty()) {
            orders.getChildren().add(Widgets.label("No orders yet. Pick a customer and tap New order.", "hint"));
        }
    }

    /** Unsent commands still need the network; sent ones only wait for the office's copy to come back. */
    private void showOutbox(int unsent, int pending) {
        if (unsent > 0) {
            outbox.setText(unsent + (unsent == 1 ? " command waits" : " commands wait") + " in the outbox to be sent.");
        } else if (pending > 0) {
            outbox.setText("Everything is sent. " + pending + (pending == 1 ? " command waits" : " commands wait")
                    + " for the office's copy to come back.");
        } else {
            outbox.setText("Everything is sent.");
        }
        outbox.pseudoClassStateChanged(WAITING, unsent > 0);
    }

    private static Label resultLine(CommandResult result) {
        Label line = Widgets.label(ResultMessages.describe(result), "message", ResultMessages.tone(result).styleClass());
        line.setMaxWidth(Double.MAX_VALUE);
        return line;
    }

    /** An order's card; one still shown from the outbox carries the server's answer once it came back. */
    private VBox orderCard(OrderView order, Optional<CommandResult> answer) {
        boolean waiting = order.status() == OrderStatus.AWAITING_SYNC;
        Label number = Widgets.label(waiting ? "Not yet numbered" : order.number(), "cell-title");
        Label status = Widgets.label(order.status().title(), "chip", waiting ? "chip-waiting" : "chip-order-" + order.status().name().toLowerCase(Locale.ROOT));
        status.setId("status-" + order.id());
        HBox top = new HBox(number, Widgets.grow(), status);
        top.setAlignment(Pos.CENTER_LEFT);
        String placed = order.placedAt() == null ? "" : " · " + Formats.when(order.placedAt(), ZoneId.systemDefault(),
                LocalDate.now(sync.clock().withZone(ZoneId.systemDefault())));
        Label customer = Widgets.label(order.customerName() + placed, "cell-detail");
        Label total = Widgets.label(order.lines().size() + (order.lines().size() == 1 ? " line · " : " lines · ")
                + Formats.money(order.total()), "cell-detail");
        VBox card = Widgets.card(top, customer, total);
        if (order.holdReason() != null) {
            card.getChildren().add(Widgets.label(order.holdReason(), "message", "tone-warning"));
        }
        answer.ifPresent(result -> {
            Label said = resultLine(result);
            said.setId("answer-" + order.id());
            card.getChildren().add(said);
        });
        card.setId("order-" + order.id());
        card.getStyleClass().add("tappable");
        card.setOnMouseClicked(e -> open.accept(order.id()));
        return card;
    }
}
