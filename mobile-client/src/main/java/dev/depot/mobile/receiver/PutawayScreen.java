package dev.depot.mobile.receiver;

import dev.depot.mobile.sync.DeviceSync;
import dev.depot.mobile.ui.Formats;
import dev.depot.mobile.ui.MessageLine;
import dev.depot.mobile.ui.QuantityEntry;
import dev.depot.mobile.ui.ScanField;
import dev.depot.mobile.ui.Screen;
import dev.depot.mobile.ui.Tone;
import dev.depot.mobile.ui.Widgets;
import dev.depot.model.changes.EntityKey;
import dev.depot.model.commands.PutAway;
import dev.depot.model.commands.PutawayOverride;
import dev.depot.model.views.PutawayTaskView;
import dev.depot.sync.client.InvalidCommandException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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
 * Putting one receipt's goods away: what they are and how many wait, the suggested bin in large type
 * with why, and the scan field for the bin's label. Another bin asks why in one tap; the quantity is
 * what waits unless the receiver changes it (a bin that takes only part). Each putaway is queued at
 * once, also offline.
 */
final class PutawayScreen implements Screen {

    private final DeviceSync sync;
    private final ReceiverScreens screens;
    private PutawayFlow flow;
    private final BorderPane view = new BorderPane();
    private final Label waiting = Widgets.label("", "cell-detail");
    private final Label suggestedBin = Widgets.label("", "task-bin", "suggested-bin");
    private final Label suggestedWhy = Widgets.label("", "cell-detail");
    private final ScanField scanField = new ScanField("");
    private final MessageLine message = new MessageLine();
    private final VBox reasons = new VBox();
    private final TextField quantity = new TextField();
    private final Button putAway = Widgets.primaryButton("Put away", this::putAway);

    PutawayScreen(DeviceSync sync, PutawayTaskView task, ReceiverScreens screens) {
        this.sync = sync;
        this.screens = screens;
        this.flow = new PutawayFlow(task);

        waiting.setId("putaway-waiting");
        suggestedBin.setId("suggested-bin");
        suggestedWhy.setId("suggested-why");
        scanField.setId("scan-field");
        scanField.setOnScan(this::scanned);
        scanField.setOnEmptyEnter(this::putAway);
        message.setId("putaway-message");
        reasons.setId("override-reasons");
        reasons.getStyleClass().add("reasons");
        for (PutawayOverride why : PutawayOverride.values()) {
            Button button = Widgets.button(why.label(), () -> because(why), "reason-button");
            button.setId("reason-" + why.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            button.setFocusTraversable(false); // a tap must not take the scanner's focus
            button.setMaxWidth(Double.MAX_VALUE);
            reasons.getChildren().add(button);
        }
        quantity.setId("putaway-quantity");
        quantity.getStyleClass().add("quantity-field");
        quantity.setOnAction(e -> putAway());
        putAway.setId("put-away");
        putAway.setMaxWidth(Double.MAX_VALUE);

        VBox item = Widgets.card(Widgets.label(task.itemName() + " (" + task.sku() + ")", "cell-title"), waiting);
        VBox suggestion = Widgets.card(Widgets.label("Put it in", "card-title"), suggestedBin, suggestedWhy);
        suggestion.getStyleClass().add("pick-card");
        HBox quantityRow = new HBox(Widgets.label("Quantity", "row-name"), Widgets.grow(), quantity);
        quantityRow.setAlignment(Pos.CENTER_LEFT);
        quantityRow.getStyleClass().add("quantity-row");
        ScrollPane scroll = new ScrollPane(Widgets.column(item, suggestion, scanField, message, reasons));
        scroll.setFitToWidth(true);
        VBox footer = new VBox(quantityRow, putAway);
        footer.getStyleClass().add("footer");
        view.setCenter(scroll);
        view.setBottom(footer);
        show(task);
        quantity.setText(Formats.quantity(task.remaining()));
        showStep();
    }

    /** A sync brought news: the task as it is now (a new suggestion for what is left); gone once all of it is put away. */
    @Override
    public void refresh() {
        screens.putawayTask(flow.task().id()).ifPresent(this::show);
    }

    private void show(PutawayTaskView task) {
        if (!task.equals(flow.task())) {
            flow = new PutawayFlow(task);
            showStep();
        }
        List<String> details = new ArrayList<>();
        details.add(Formats.quantity(task.remaining()) + " waiting in " + task.fromCode());
        if (task.lot() != null) {
            details.add("lot " + task.lot());
        }
        if (task.expiry() != null) {
            details.add("expires " + Formats.day(task.expiry()));
        }
        details.add(task.purchaseOrderNumber());
        waiting.setText(String.join(" · ", details));
        suggestedBin.setText(task.hasSuggestion() ? task.suggestedBin() : "Any bin with room");
        suggestedWhy.setText(task.hasSuggestion() ? "Suggested: " + task.rule().reason()
                : "No bin has room for all of it: put it where it fits and scan that bin");
    }

    private void scanned(String text) {
        PutawayFlow.Answer answer = flow.scan(text);
        message.show(answer.message(), answer instanceof PutawayFlow.Answer.Refused ? Tone.ERROR
                : flow.step() == PutawayFlow.Step.GIVE_REASON ? Tone.WARNING : Tone.SUCCESS);
        showStep();
    }

    private void because(PutawayOverride why) {
        PutawayFlow.Answer answer = flow.because(why);
        message.show(answer.message(), answer instanceof PutawayFlow.Answer.Refused ? Tone.ERROR : Tone.SUCCESS);
        showStep();
    }

    private void putAway() {
        if (flow.step() != PutawayFlow.Step.CONFIRM) {
            message.show(flow.step() == PutawayFlow.Step.SCAN_BIN ? "Scan the bin first" : "Tap why not " + flow.task().suggestedBin(),
                    Tone.WARNING);
            return;
        }
        Optional<BigDecimal> moved = QuantityEntry.read(quantity.getText(), problem -> message.show(problem, Tone.ERROR));
        if (moved.isEmpty()) {
            return;
        }
        if (moved.get().signum() <= 0) {
            message.show("Enter how many went into the bin; nothing put away is nothing to record", Tone.ERROR);
            return;
        }
        PutAway putaway = flow.putAway(moved.get());
        try {
            sync.record(putaway, Set.of(new EntityKey(PutawayTaskView.TYPE, flow.task().id())));
        } catch (InvalidCommandException e) {
            message.show("This putaway cannot be recorded: " + e.getMessage(), Tone.ERROR);
            return;
        }
        String done = Formats.quantity(putaway.quantity()) + " × " + flow.task().itemName() + " put away in " + putaway.binCode() + ".";
        PutawayTaskView now = screens.putawayTask(flow.task().id()).orElse(flow.task().withPutAway(putaway.quantity()));
        if (now.isDone()) {
            screens.shell().back();
            screens.shell().showNotice(done, Tone.SUCCESS);
            return;
        }
        flow = new PutawayFlow(now);
        show(now);
        quantity.setText(Formats.quantity(now.remaining()));
        message.show(done + " Put the other " + Formats.quantity(now.remaining()) + " away: scan the next bin.", Tone.SUCCESS);
        showStep();
    }

    private void showStep() {
        boolean reason = flow.step() == PutawayFlow.Step.GIVE_REASON;
        Widgets.show(reasons, reason);
        putAway.setDisable(flow.step() != PutawayFlow.Step.CONFIRM);
        scanField.setPromptText(flow.prompt());
    }

    @Override
    public String title() {
        return "Put away";
    }

    @Override
    public Node view() {
        return view;
    }
}
