package dev.depot.mobile.receiver;

import dev.depot.mobile.ui.Formats;
import dev.depot.mobile.ui.Screen;
import dev.depot.mobile.ui.Widgets;
import dev.depot.model.views.PurchaseOrderView;
import dev.depot.model.views.PutawayTaskView;
import dev.depot.model.views.TransferView;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The receiver's home: what waits in receiving to be put away (oldest first, with the suggested bin),
 * the transfers other warehouses sent, then what the warehouse expects from suppliers, earliest due first, with how much of each order is in.
 */
final class ReceivingListScreen implements Screen {

    private final ReceiverScreens screens;
    private final BorderPane view = new BorderPane();
    private final VBox putaways = new VBox();
    private final Label putawaySummary = Widgets.label("", "screen-subheading");
    private final VBox transfers = new VBox();
    private final Label transferSummary = Widgets.label("", "screen-subheading");
    private final VBox orders = new VBox();
    private final Label summary = Widgets.label("", "screen-subheading");

    ReceivingListScreen(ReceiverScreens screens) {
        this.screens = screens;
        orders.setId("purchase-orders");
        orders.getStyleClass().add("lines");
        summary.setId("receiving-summary");
        transfers.setId("transfers-arriving");
        transfers.getStyleClass().add("lines");
        transferSummary.setId("transfer-summary");
        putaways.setId("putaway-tasks");
        putaways.getStyleClass().add("lines");
        putawaySummary.setId("putaway-summary");
        ScrollPane scroll = new ScrollPane(Widgets.column(putawaySummary, putaways, transferSummary, transfers, summary, orders));
        scroll.setFitToWidth(true);
        view.setCenter(scroll);
        refresh();
    }

    @Override
    public void refresh() {
        List<PutawayTaskView> waiting = screens.putawayTasks();
        putawaySummary.setText(waiting.isEmpty() ? "Nothing waits for putaway."
                : waiting.size() + (waiting.size() == 1 ? " receipt" : " receipts") + " to put away, oldest first");
        putaways.getChildren().setAll(waiting.stream().map(this::putawayCard).toList());
        List<TransferView> arriving = screens.transfers();
        transferSummary.setText(arriving.isEmpty() ? "No transfers on their way."
                : arriving.size() + (arriving.size() == 1 ? " transfer" : " transfers") + " from other warehouses to receive");
        transfers.getChildren().setAll(arriving.stream().map(this::transferCard).toList());
        List<PurchaseOrderView> open = screens.orders();
        summary.setText(open.isEmpty() ? "Nothing due in. New purchase orders arrive with the next sync."
                : open.size() + (open.size() == 1 ? " purchase order" : " purchase orders") + " to receive, earliest due first");
        orders.getChildren().setAll(open.stream().map(this::orderCard).toList());
    }

    private Node putawayCard(PutawayTaskView task) {
        Label bin = Widgets.label(task.hasSuggestion() ? "→ " + task.suggestedBin() : "No bin suggested", "chip");
        bin.setId("putaway-bin-" + task.sku());
        HBox top = new HBox(Widgets.label(Formats.quantity(task.remaining()) + " × " + task.sku(), "task-bin"), Widgets.grow(), bin);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox card = Widgets.card(top, Widgets.label(task.itemName(), "cell-title"),
                Widgets.label("In " + task.fromCode() + (task.lot() == null ? "" : " · lot " + task.lot()) + " · "
                        + task.purchaseOrderNumber(), "cell-detail"));
        card.getStyleClass().add("task-card");
        card.setId("putaway-" + task.sku());
        card.setOnMouseClicked(e -> screens.openPutaway(task));
        return card;
    }

    private Node transferCard(TransferView transfer) {
        long complete = transfer.lines().stream().filter(l -> l.loaded().signum() > 0 && l.toReceive().signum() == 0).count();
        long sent = transfer.lines().stream().filter(l -> l.loaded().signum() > 0).count();
        Label status = Widgets.label(complete + " of " + sent + " lines in", "chip");
        HBox top = new HBox(Widgets.label(transfer.number(), "task-bin"), Widgets.grow(), status);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox card = Widgets.card(top, Widgets.label("From " + transfer.fromWarehouse(), "cell-title"),
                Widgets.label("Due " + Formats.day(transfer.expectedOn()), "cell-detail"));
        card.getStyleClass().add("task-card");
        card.setId("transfer-" + transfer.number());
        card.setOnMouseClicked(e -> screens.openTransfer(transfer));
        return card;
    }

    private Node orderCard(PurchaseOrderView order) {
        long complete = order.lines().stream().filter(l -> l.outstanding().signum() == 0).count();
        Label status = Widgets.label(complete + " of " + order.lines().size() + " lines in", "chip");
        status.setId("po-status-" + order.number());
        HBox top = new HBox(Widgets.label(order.number(), "task-bin"), Widgets.grow(), status);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox card = Widgets.card(top, Widgets.label(order.supplierName(), "cell-title"),
                Widgets.label("Due " + Formats.day(order.expectedOn()), "cell-detail"));
        card.getStyleClass().add("task-card");
        card.setId("po-" + order.number());
        card.setOnMouseClicked(e -> screens.openOrder(order));
        return card;
    }

    @Override
    public String title() {
        return "Receiving";
    }

    @Override
    public Node view() {
        return view;
    }
}
