package dev.depot.mobile.receiver;

import dev.depot.mobile.scan.ItemScan;
import dev.depot.mobile.sync.DeviceSync;
import dev.depot.mobile.ui.Formats;
import dev.depot.mobile.ui.MessageLine;
import dev.depot.mobile.ui.QuantityEntry;
import dev.depot.mobile.ui.ScanField;
import dev.depot.mobile.ui.Screen;
import dev.depot.mobile.ui.Tone;
import dev.depot.mobile.ui.Widgets;
import dev.depot.model.changes.EntityKey;
import dev.depot.model.commands.ReceiveTransfer;
import dev.depot.model.gs1.Gs1FormatException;
import dev.depot.model.gs1.Gs1Parser;
import dev.depot.model.views.TransferView;
import dev.depot.sync.client.InvalidCommandException;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Goods another warehouse sent, scanned off the truck: scan an item of the transfer (a GS1 label's
 * count fills in the quantity, else what is still to come), flip "Damaged" for quarantine, receive.
 * An item that is not on the transfer is caught here and nothing is recorded; more than was loaded
 * is recorded all the same (the goods are here) and the server flags it.
 */
final class TransferReceiveScreen implements Screen {

    private final DeviceSync sync;
    private final ReceiverScreens screens;
    private final Gs1Parser gs1;
    private TransferView transfer;
    private TransferView.Line scanned;
    private String scannedCode;
    private final BorderPane view = new BorderPane();
    private final ScanField scanField = new ScanField("Scan an item off the truck");
    private final MessageLine message = new MessageLine();
    private final VBox lines = new VBox();
    private final ReceiveFooter footer = new ReceiveFooter("transfer-quantity", "receive-transfer", this::receive);
    private final TextField quantity = footer.quantity;
    private final ToggleButton damaged = footer.damaged;

    TransferReceiveScreen(DeviceSync sync, TransferView transfer, ReceiverScreens screens) {
        this.sync = sync;
        this.screens = screens;
        this.transfer = transfer;
        this.gs1 = new Gs1Parser(sync.clock());
        lines.setId("transfer-lines");
        lines.getStyleClass().add("lines");
        scanField.setId("scan-field");
        scanField.setOnScan(this::scanned);
        scanField.setOnEmptyEnter(this::receive);
        message.setId("transfer-message");

        VBox header = Widgets.card(Widgets.label("From " + transfer.fromWarehouse(), "cell-title"),
                Widgets.label("Due " + Formats.day(transfer.expectedOn()), "cell-detail"));
        ScrollPane scroll = new ScrollPane(Widgets.column(header, scanField, message, lines));
        scroll.setFitToWidth(true);
        view.setCenter(scroll);
        view.setBottom(footer.node);
        showTransfer();
    }

    /** A sync brought news: the transfer as it is now; gone from the device once all of it has come in. */
    @Override
    public void refresh() {
        screens.transfer(transfer.id()).ifPresent(now -> {
            transfer = now;
            showTransfer();
        });
    }

    private void scanned(String text) {
        String code = text.strip();
        BigDecimal count = null;
        try {
            Optional<ItemScan> read = ItemScan.read(code, gs1);
            if (read.isPresent()) {
                code = read.get().gtin().digits();
                count = read.get().count();
            }
        } catch (Gs1FormatException e) {
            message.show("Unreadable label: " + e.getMessage() + ". Scan it again or key the SKU", Tone.ERROR);
            return;
        }
        Optional<TransferView.Line> line = transfer.lineFor(code);
        if (line.isEmpty()) {
            scanned = null;
            message.show(text.strip() + " is not on " + transfer.number() + "; set it aside and tell the office", Tone.ERROR);
            return;
        }
        scanned = line.get();
        scannedCode = code;
        damaged.setSelected(false);
        BigDecimal suggested = count != null && count.compareTo(BigDecimal.ONE) > 0 ? count
                : scanned.toReceive().signum() > 0 ? scanned.toReceive() : BigDecimal.ONE;
        quantity.setText(Formats.quantity(suggested));
        message.show(scanned.itemName() + ": " + Formats.quantity(scanned.toReceive()) + " still to come. Check the quantity and receive",
                Tone.SUCCESS);
    }

    private void receive() {
        if (scanned == null) {
            message.show("Scan an item of " + transfer.number() + " first", Tone.WARNING);
            return;
        }
        Optional<BigDecimal> entered = QuantityEntry.read(quantity.getText(), problem -> message.show(problem, Tone.ERROR));
        if (entered.isEmpty()) {
            return;
        }
        ReceiveTransfer receipt = new ReceiveTransfer(transfer.id(), scannedCode, entered.get(), damaged.isSelected());
        try {
            sync.record(receipt, Set.of(new EntityKey(TransferView.TYPE, transfer.id())));
        } catch (InvalidCommandException e) {
            message.show("This cannot be recorded: " + e.getMessage(), Tone.ERROR);
            return;
        }
        String done = "Received " + Formats.quantity(receipt.quantity()) + " × " + scanned.itemName()
                + (receipt.damaged() ? ": take it to quarantine." : ": leave it in receiving for putaway.");
        scanned = null;
        damaged.setSelected(false);
        quantity.clear();
        refresh();
        if (transfer.isReceived()) {
            message.show(done + " All of " + transfer.number() + " is in.", Tone.SUCCESS);
        } else {
            message.show(done, Tone.SUCCESS);
        }
    }

    private void showTransfer() {
        lines.getChildren().setAll(transfer.lines().stream().filter(l -> l.loaded().signum() > 0).map(this::lineRow).toList());
    }

    private Node lineRow(TransferView.Line line) {
        Label count = Widgets.label(Formats.quantity(line.received()) + " of " + Formats.quantity(line.loaded()), "chip");
        count.setId("transfer-received-" + line.sku());
        HBox top = new HBox(Widgets.label(line.sku(), "task-bin"), Widgets.grow(), count);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox card = Widgets.card(top, Widgets.label(line.itemName(), "cell-title"));
        card.getStyleClass().add("task-card");
        return card;
    }

    @Override
    public String title() {
        return "Receive " + transfer.number();
    }

    @Override
    public Node view() {
        return view;
    }
}
