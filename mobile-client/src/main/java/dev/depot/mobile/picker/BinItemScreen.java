package dev.depot.mobile.picker;

import dev.depot.mobile.sync.DeviceSync;
import dev.depot.mobile.ui.MessageLine;
import dev.depot.mobile.ui.QuantityEntry;
import dev.depot.mobile.ui.ScanField;
import dev.depot.mobile.ui.Screen;
import dev.depot.mobile.ui.Tone;
import dev.depot.mobile.ui.Widgets;
import dev.depot.model.changes.EntityKey;
import dev.depot.model.commands.DeviceCommand;
import dev.depot.model.gs1.Gs1Parser;
import dev.depot.model.views.ItemView;
import dev.depot.model.views.Replica;
import dev.depot.sync.client.InvalidCommandException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
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
 * Work at one bin on the floor: what to do there, then scan the bin, scan the item, and enter the
 * quantity; each step is shown, and a wrong scan says why. Picks, counts and replenishments differ
 * only in their card, their words and what they do with what was taken.
 */
abstract class BinItemScreen implements Screen {

    private static final PseudoClass ACTIVE = PseudoClass.getPseudoClass("active");
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    private static final List<String> STEP_NAMES = List.of("Bin", "Item", "Quantity");
    /** A quantity keyed into the scan field: up to six digits, so a scanned barcode (eight and more) is never taken for one. */
    private static final Pattern KEYED_QUANTITY = Pattern.compile("\\d{1,6}(\\.\\d{1,3})?");

    /** How a screen names its parts (for people and for tests) and what it records. */
    record Parts(String idPrefix, String quantityName, String confirmText, String initialQuantity, EntityKey task) {
    }

    private final DeviceSync sync;
    private final Parts parts;
    private final BorderPane view = new BorderPane();
    private final ScanField scanField = new ScanField("Scan the bin label");
    private final MessageLine message = new MessageLine();
    private final List<Label> steps = STEP_NAMES.stream().map(name -> Widgets.label(name, "step")).toList();
    private final TextField quantity = new TextField();
    private final Button confirm;
    private final BinItemScan scan;

    BinItemScreen(DeviceSync sync, BinItemScan.Spot spot, BinItemScan.Words words, Node card, Parts parts) {
        this.sync = sync;
        this.parts = parts;
        Replica replica = sync.localState().replica();
        this.scan = new BinItemScan(spot, words, new Gs1Parser(sync.clock()),
                found -> replica.all(ItemView.class).filter(item -> found.names(item.gtin())).findFirst());
        this.confirm = Widgets.primaryButton(parts.confirmText(), this::confirm);

        scanField.setId("scan-field");
        scanField.setOnScan(this::scanned);
        scanField.setOnEmptyEnter(this::confirm);
        message.setId(parts.idPrefix() + "-message");
        quantity.setId(parts.idPrefix() + "-quantity");
        quantity.getStyleClass().add("quantity-field");
        quantity.setText(parts.initialQuantity());
        quantity.setOnAction(e -> confirm());
        confirm.setId("confirm-" + parts.idPrefix());

        HBox stepBar = new HBox(steps.toArray(Node[]::new));
        stepBar.getStyleClass().add("step-bar");
        HBox quantityRow = new HBox(Widgets.label(parts.quantityName(), "row-name"), Widgets.grow(), quantity);
        quantityRow.setAlignment(Pos.CENTER_LEFT);
        quantityRow.getStyleClass().add("quantity-row");
        ScrollPane scroll = new ScrollPane(Widgets.column(card, stepBar, scanField, message));
        scroll.setFitToWidth(true);
        VBox footer = new VBox(quantityRow, confirm);
        footer.getStyleClass().add("footer");
        view.setCenter(scroll);
        view.setBottom(footer);
        showStep();
    }

    /** Bin, item and quantity are right: so many, with the item code as scanned. Records the fact, or goes to the next step. */
    abstract void taken(String itemCode, BigDecimal quantity);

    /** The lot the item's label named, once bin and item are right; null when it named none. */
    String scannedLot() {
        return scan.lot();
    }

    /** Records a command for the task; false, with the reason shown, when the device refuses it. */
    boolean record(DeviceCommand command) {
        try {
            sync.record(command, Set.of(parts.task()));
            return true;
        } catch (InvalidCommandException e) {
            message.show("This cannot be recorded: " + e.getMessage(), Tone.ERROR);
            return false;
        }
    }

    private void scanned(String text) {
        if (scan.step() == BinItemScan.Step.ENTER_QUANTITY && KEYED_QUANTITY.matcher(text.strip()).matches()) {
            quantity.setText(text.strip()); // keyed on the scanner's keypad, where the focus stays
            confirm();
            return;
        }
        BinItemScan.Answer answer = scan.scan(text);
        message.show(answer.message(), answer instanceof BinItemScan.Answer.Refused ? Tone.ERROR : Tone.SUCCESS);
        showStep();
    }

    private void confirm() {
        if (scan.step() != BinItemScan.Step.ENTER_QUANTITY) {
            message.show(scan.step() == BinItemScan.Step.SCAN_BIN ? "Scan the bin first" : "Scan the item first", Tone.WARNING);
            return;
        }
        Optional<BigDecimal> entered = QuantityEntry.read(quantity.getText(), problem -> message.show(problem, Tone.ERROR));
        if (entered.isEmpty()) {
            return;
        }
        taken(scan.itemCode(), entered.get());
    }

    private void showStep() {
        int current = scan.step().ordinal();
        for (int i = 0; i < steps.size(); i++) {
            Label step = steps.get(i);
            step.setText((i < current ? "✓" : String.valueOf(i + 1)) + "  " + STEP_NAMES.get(i));
            step.pseudoClassStateChanged(ACTIVE, i == current);
            step.pseudoClassStateChanged(DONE, i < current);
        }
        boolean entering = scan.step() == BinItemScan.Step.ENTER_QUANTITY;
        quantity.setDisable(!entering);
        confirm.setDisable(!entering);
        scanField.setPromptText(switch (scan.step()) {
            case SCAN_BIN -> "Scan the bin label";
            case SCAN_ITEM -> "Scan the item";
            case ENTER_QUANTITY -> parts.initialQuantity().isEmpty() ? "Key how many, then Enter"
                    : "Press Enter to " + parts.confirmText().toLowerCase(Locale.ROOT);
        });
    }

    @Override
    public Node view() {
        return view;
    }
}
