package dev.depot.mobile.picker;

import dev.depot.mobile.sync.DeviceSync;
import dev.depot.mobile.ui.Formats;
import dev.depot.mobile.ui.MessageLine;
import dev.depot.mobile.ui.QuantityEntry;
import dev.depot.mobile.ui.ScanField;
import dev.depot.mobile.ui.Screen;
import dev.depot.mobile.ui.Tone;
import dev.depot.mobile.ui.Widgets;
import dev.depot.model.changes.EntityKey;
import dev.depot.model.commands.ConfirmPick;
import dev.depot.model.gs1.Gs1Parser;
import dev.depot.model.views.ItemView;
import dev.depot.model.views.PickTaskView;
import dev.depot.model.views.Replica;
import dev.depot.sync.client.InvalidCommandException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * One pick on the floor: where to go and what to take, then scan the bin, scan the item, and
 * confirm the quantity (changed for a short pick). Each step is shown, and a wrong scan says why.
 */
final class PickScreen implements Screen {

    private static final PseudoClass ACTIVE = PseudoClass.getPseudoClass("active");
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    private static final List<String> STEP_NAMES = List.of("Bin", "Item", "Quantity");

    private final DeviceSync sync;
    private final PickerScreens screens;
    private final PickFlow flow;
    private final BorderPane view = new BorderPane();
    private final ScanField scanField = new ScanField("Scan the bin label");
    private final MessageLine message = new MessageLine();
    private final List<Label> steps = STEP_NAMES.stream().map(name -> Widgets.label(name, "step")).toList();
    private final TextField quantity = new TextField();
    private final Button confirm = Widgets.primaryButton("Confirm pick", this::confirm);

    PickScreen(DeviceSync sync, PickTaskView task, PickerScreens screens) {
        this.sync = sync;
        this.screens = screens;
        Replica replica = sync.localState().replica();
        this.flow = new PickFlow(task, new Gs1Parser(sync.clock()),
                scan -> replica.all(ItemView.class).filter(item -> scan.names(item.gtin())).findFirst());

        scanField.setId("scan-field");
        scanField.setOnScan(this::scanned);
        scanField.setOnEmptyEnter(this::confirm);
        message.setId("pick-message");
        quantity.setId("pick-quantity");
        quantity.getStyleClass().add("quantity-field");
        quantity.setText(Formats.quantity(task.quantity()));
        quantity.setOnAction(e -> confirm());
        confirm.setId("confirm-pick");

        Label bin = Widgets.label(task.binCode(), "pick-bin");
        bin.setId("pick-bin");
        Label take = Widgets.label("Take " + Formats.quantity(task.quantity()), "pick-take");
        take.setId("pick-take");
        VBox where = Widgets.card(Widgets.label("Go to bin", "card-title"), bin,
                Widgets.label(task.itemName(), "cell-title"),
                Widgets.label(task.sku() + " · GTIN " + task.gtin() + " · order " + task.orderNumber(), "cell-detail"), take);
        where.getStyleClass().add("pick-card");
        HBox stepBar = new HBox(steps.toArray(Node[]::new));
        stepBar.getStyleClass().add("step-bar");
        HBox quantityRow = new HBox(Widgets.label("Quantity picked", "row-name"), Widgets.grow(), quantity);
        quantityRow.setAlignment(Pos.CENTER_LEFT);
        quantityRow.getStyleClass().add("quantity-row");
        ScrollPane scroll = new ScrollPane(Widgets.column(where, stepBar, scanField, message));
        scroll.setFitToWidth(true);
        VBox footer = new VBox(quantityRow, confirm);
        footer.getStyleClass().add("footer");
        view.setCenter(scroll);
        view.setBottom(footer);
        showStep();
    }

    private void scanned(String text) {
        PickFlow.Answer answer = flow.scan(text);
        message.show(answer.message(), answer instanceof PickFlow.Answer.Refused ? Tone.ERROR : Tone.SUCCESS);
        showStep();
    }

    private void confirm() {
        if (flow.step() != PickFlow.Step.CONFIRM_QUANTITY) {
            message.show(flow.step() == PickFlow.Step.SCAN_BIN ? "Scan the bin first" : "Scan the item first", Tone.WARNING);
            return;
        }
        Optional<BigDecimal> picked = enteredQuantity();
        if (picked.isEmpty()) {
            return;
        }
        ConfirmPick pick = flow.confirm(picked.get());
        try {
            sync.record(pick, Set.of(new EntityKey(PickTaskView.TYPE, flow.task().id())));
        } catch (InvalidCommandException e) {
            message.show("This pick cannot be recorded: " + e.getMessage(), Tone.ERROR);
            return;
        }
        screens.picked(flow.task(), pick);
    }

    /** The quantity typed, or empty once the picker is told why it cannot be recorded. */
    private Optional<BigDecimal> enteredQuantity() {
        return QuantityEntry.read(quantity.getText(), problem -> message.show(problem, Tone.ERROR));
    }

    private void showStep() {
        int current = flow.step().ordinal();
        for (int i = 0; i < steps.size(); i++) {
            Label step = steps.get(i);
            step.setText((i < current ? "✓" : String.valueOf(i + 1)) + "  " + STEP_NAMES.get(i));
            step.pseudoClassStateChanged(ACTIVE, i == current);
            step.pseudoClassStateChanged(DONE, i < current);
        }
        boolean confirming = flow.step() == PickFlow.Step.CONFIRM_QUANTITY;
        quantity.setDisable(!confirming);
        confirm.setDisable(!confirming);
        scanField.setPromptText(switch (flow.step()) {
            case SCAN_BIN -> "Scan the bin label";
            case SCAN_ITEM -> "Scan the item";
            case CONFIRM_QUANTITY -> "Press Enter to confirm";
        });
    }

    @Override
    public String title() {
        return "Pick " + flow.task().orderNumber();
    }

    @Override
    public Node view() {
        return view;
    }
}
