package dev.depot.mobile.picker;

import dev.depot.mobile.sync.DeviceSync;
import dev.depot.mobile.ui.Formats;
import dev.depot.mobile.ui.Screen;
import dev.depot.mobile.ui.Widgets;
import dev.depot.model.views.CountTaskView;
import dev.depot.model.views.PickTaskStatus;
import dev.depot.model.views.PickTaskView;
import dev.depot.model.views.ReplenishmentTaskView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The picker's tasks along the pick path, the next one to pick standing out; then the pick faces to fill, the transfers to
 * load and the bins to count.
 */
final class TaskListScreen implements Screen {

    private static final PseudoClass NEXT = PseudoClass.getPseudoClass("next");
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");

    private final PickerScreens screens;
    private final BorderPane view = new BorderPane();
    private final VBox tasks = new VBox();
    private final Label summary = Widgets.label("", "screen-subheading");
    private final VBox replenishments = new VBox();
    private final Label replenishmentSummary = Widgets.label("", "screen-subheading");
    private final VBox loads = new VBox();
    private final Label loadSummary = Widgets.label("", "screen-subheading");
    private final VBox counts = new VBox();
    private final Label countSummary = Widgets.label("", "screen-subheading");
    private final Button startNext;

    TaskListScreen(DeviceSync sync, PickerScreens screens) {
        this.screens = screens;
        tasks.setId("pick-tasks");
        tasks.getStyleClass().add("lines");
        summary.setId("pick-summary");
        startNext = Widgets.primaryButton("Start next pick", () -> screens.pickList().next().ifPresent(screens::openPick));
        startNext.setId("start-next-pick");
        replenishments.setId("replenishment-tasks");
        replenishments.getStyleClass().add("lines");
        replenishmentSummary.setId("replenishment-summary");
        loads.setId("transfer-loads");
        loads.getStyleClass().add("lines");
        loadSummary.setId("load-summary");
        counts.setId("count-tasks");
        counts.getStyleClass().add("lines");
        countSummary.setId("count-summary");
        ScrollPane scroll = new ScrollPane(Widgets.column(summary, tasks, replenishmentSummary, replenishments, loadSummary, loads,
                countSummary, counts));
        scroll.setFitToWidth(true);
        VBox footer = new VBox(startNext);
        footer.getStyleClass().add("footer");
        view.setCenter(scroll);
        view.setBottom(footer);
        refresh();
    }

    @Override
    public void refresh() {
        PickList list = screens.pickList();
        Optional<PickTaskView> next = list.next();
        int open = list.open().size();
        summary.setText(open == 0 ? "No picks waiting. New tasks arrive with the next sync."
                : open + " of " + list.tasks().size() + " picks to do, in walking order");
        List<Node> rows = new ArrayList<>();
        String wave = null;
        for (PickTaskView task : list.tasks()) {
            if (task.wave() != null && !task.wave().number().equals(wave)) {
                wave = task.wave().number();
                rows.add(waveHeader(list, task.wave()));
            }
            rows.add(taskCard(task, next.filter(n -> n.id().equals(task.id())).isPresent()));
        }
        tasks.getChildren().setAll(rows);
        startNext.setDisable(next.isEmpty());
        List<ReplenishmentTaskView> toFill = screens.replenishments();
        replenishmentSummary.setText(toFill.isEmpty() ? "No pick faces to fill."
                : toFill.size() + (toFill.size() == 1 ? " pick face to fill" : " pick faces to fill") + ", from the nearest reserve bin");
        replenishments.getChildren().setAll(toFill.stream().map(this::replenishmentCard).toList());
        List<PickerScreens.ToLoad> toLoad = screens.toLoad();
        loadSummary.setText(toLoad.size() + (toLoad.size() == 1 ? " line" : " lines") + " of transfers to load, in walking order");
        Widgets.show(loadSummary, !toLoad.isEmpty()); // transfers are rare: no empty section pushes the counts off the screen
        loads.getChildren().setAll(toLoad.stream().map(this::loadCard).toList());
        List<CountTaskView> toCount = screens.counts();
        countSummary.setText(toCount.isEmpty() ? "No counts asked for."
                : toCount.size() + (toCount.size() == 1 ? " bin to count" : " bins to count") + ", in walking order");
        counts.getChildren().setAll(toCount.stream().map(this::countCard).toList());
    }

    /** Where a wave's tasks start: its number, its totes, and whether it is this picker's alone. */
    private static Node waveHeader(PickList list, PickTaskView.Wave wave) {
        long totes = list.tasks().stream().filter(t -> t.wave() != null && t.wave().number().equals(wave.number()))
                .map(t -> t.wave().tote()).distinct().count();
        Label header = Widgets.label("Wave " + wave.number() + " · " + totes + (totes == 1 ? " tote" : " totes")
                + (wave.assignedTo() == null ? "" : " · yours"), "wave-header");
        header.setId("wave-" + wave.number());
        return header;
    }

    private Node replenishmentCard(ReplenishmentTaskView task) {
        Label face = Widgets.label("→ " + task.toCode(), "chip");
        HBox top = new HBox(Widgets.label(task.fromCode(), "task-bin"), Widgets.grow(), face);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox card = Widgets.card(top, Widgets.label(Formats.quantity(task.remaining()) + " × " + task.itemName(), "cell-title"),
                Widgets.label(task.sku() + " · fill the pick face " + task.toCode(), "cell-detail"));
        card.getStyleClass().add("task-card");
        card.setId("replenish-" + task.toCode() + "-from-" + task.fromCode());
        card.setOnMouseClicked(e -> screens.openReplenishment(task));
        return card;
    }

    private Node loadCard(PickerScreens.ToLoad load) {
        Label to = Widgets.label("→ " + load.transfer().toWarehouse(), "chip");
        HBox top = new HBox(Widgets.label(load.line().fromCode(), "task-bin"), Widgets.grow(), to);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox card = Widgets.card(top, Widgets.label(Formats.quantity(load.line().toLoad()) + " × " + load.line().itemName(), "cell-title"),
                Widgets.label(load.line().sku() + " · " + load.transfer().number() + " to " + load.transfer().toWarehouse(), "cell-detail"));
        card.getStyleClass().add("task-card");
        card.setId("load-" + load.transfer().number() + "-" + load.line().sku());
        card.setOnMouseClicked(e -> screens.openLoad(load));
        return card;
    }

    private Node countCard(CountTaskView count) {
        Label kind = Widgets.label(count.recount() ? "Recount" : "Count", "chip");
        HBox top = new HBox(Widgets.label(count.binCode(), "task-bin"), Widgets.grow(), kind);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox card = Widgets.card(top, Widgets.label(count.itemName(), "cell-title"), Widgets.label(count.sku(), "cell-detail"));
        card.getStyleClass().add("task-card");
        card.setId("count-" + count.binCode());
        card.setOnMouseClicked(e -> screens.openCount(count));
        return card;
    }

    private Node taskCard(PickTaskView task, boolean isNext) {
        Label bin = Widgets.label(task.binCode(), "task-bin");
        boolean done = task.status() != PickTaskStatus.OPEN;
        Label status = Widgets.label(isNext ? "Next" : task.status().title(), "chip",
                isNext ? "chip-next" : "chip-task-" + task.status().name().toLowerCase(Locale.ROOT));
        status.setId("task-status-" + task.binCode());
        HBox top = new HBox(bin, Widgets.grow(), status);
        if (task.wave() != null) {
            Label tote = Widgets.label("Tote " + task.wave().tote(), "chip", "chip-tote");
            tote.setId("task-tote-" + task.binCode());
            top.getChildren().add(2, tote);
        }
        top.setAlignment(Pos.CENTER_LEFT);
        String quantity = done ? Formats.quantity(task.pickedQuantity()) + " of " + Formats.quantity(task.quantity())
                : Formats.quantity(task.quantity());
        Label item = Widgets.label(quantity + " × " + task.itemName(), "cell-title");
        Label order = Widgets.label(task.sku() + " · order " + task.orderNumber(), "cell-detail");
        VBox card = Widgets.card(top, item, order);
        card.getStyleClass().add("task-card");
        card.setId("task-" + task.binCode());
        card.pseudoClassStateChanged(NEXT, isNext);
        card.pseudoClassStateChanged(DONE, done);
        if (!done) {
            card.setOnMouseClicked(e -> screens.openPick(task));
        }
        return card;
    }

    @Override
    public String title() {
        return "My picks";
    }

    @Override
    public Node view() {
        return view;
    }
}
