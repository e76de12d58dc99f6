package dev.depot.mobile.picker;

import dev.depot.mobile.sync.DeviceSync;
import dev.depot.mobile.ui.Formats;
import dev.depot.mobile.ui.MessageLine;
import dev.depot.mobile.ui.ScanField;
import dev.depot.mobile.ui.Screen;
import dev.depot.mobile.ui.Tone;
import dev.depot.mobile.ui.Widgets;
import dev.depot.model.changes.EntityKey;
import dev.depot.model.commands.Replenish;
import dev.depot.model.views.ReplenishmentTaskView;
import dev.depot.sync.client.InvalidCommandException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * A pick face to fill, second half: the goods taken are on the way; scanning the pick face's label
 * records the move. Another bin's label is answered with the face to go to, and records nothing.
 */
final class FillFaceScreen implements Screen {

    private final DeviceSync sync;
    private final ReplenishmentTaskView task;
    private final String itemCode;
    private final BigDecimal quantity;
    private final PickerScreens screens;
    private final ScrollPane view;
    private final MessageLine message = new MessageLine();

    FillFaceScreen(DeviceSync sync, ReplenishmentTaskView task, String itemCode, BigDecimal quantity, PickerScreens screens) {
        this.sync = sync;
        this.task = task;
        this.itemCode = itemCode;
        this.quantity = quantity;
        this.screens = screens;
        ScanField scanField = new ScanField("Scan the pick face's label");
        scanField.setId("scan-field");
        scanField.setOnScan(this::scanned);
        message.setId("fill-message");
        message.show("Taken " + Formats.quantity(quantity) + " from " + task.fromCode() + ". Now put them into " + task.toCode() + ".",
                Tone.SUCCESS);
        Label face = Widgets.label(task.toCode(), "pick-bin");
        face.setId("fill-face");
        VBox card = Widgets.card(Widgets.label("Put into the pick face", "card-title"), face,
                Widgets.label(Formats.quantity(quantity) + " × " + task.itemName(), "cell-title"));
        card.getStyleClass().add("pick-card");
        view = new ScrollPane(Widgets.column(card, scanField, message));
        view.setFitToWidth(true);
    }

    private void scanned(String text) {
        String code = text.strip();
        if (!code.toUpperCase(Locale.ROOT).equals(task.toCode().toUpperCase(Locale.ROOT))) {
            message.show("Wrong bin: scanned " + code + ", put them into the pick face " + task.toCode(), Tone.ERROR);
            return;
        }
        Replenish moved = new Replenish(task.id(), task.fromCode(), itemCode, task.toCode(), quantity);
        try {
            sync.record(moved, Set.of(new EntityKey(ReplenishmentTaskView.TYPE, task.id())));
        } catch (InvalidCommandException e) {
            message.show("This cannot be recorded: " + e.getMessage(), Tone.ERROR);
            return;
        }
        screens.filled(task, moved);
    }

    @Override
    public String title() {
        return "Fill " + task.toCode();
    }

    @Override
    public Node view() {
        return view;
    }
}
