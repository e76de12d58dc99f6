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
import dev.depot.model.commands.ReceiveGoods;
import dev.depot.model.gs1.Gs1Parser;
import dev.depot.model.views.PurchaseOrderView;
import dev.depot.sync.client.InvalidCommandException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Receiving against one purchase order: the lines with what is in so far, the scan field, and once a
 * label is scanned, what it says (item, lot, expiry, pallet) with the quantity to confirm and a
 * "Damaged" switch that sends the goods to quarantine. Each receipt is queued at once, also offline,
 * and the screen is ready for the next scan.
 */
final class ReceiveScreen implements Screen {

    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");

    private final DeviceSync sync;
    private final ReceiverScreens screens;
    private ReceiveFlow flow;
    private final BorderPane view = new BorderPane();
    private final VBox lines = new VBox();
    private final ScanField scanField = new ScanField("Scan the label on the goods");
    private final MessageLine message = new MessageLine();
    private final Label scannedItem = Widgets.label("", "cell-title");
    private final Label scannedLabel = Widgets.label("", "cell-detail");
    private final VBox scannedCard;
    private final VBox caseLinks = new VBox();
    private final ReceiveFooter footer = new ReceiveFooter("receive-quantity", "receive", this::receive);
    private final TextField quantity = footer.quantity;
    private final ToggleButton damaged = footer.damaged;
    private final Button receive = footer.receive;

    ReceiveScreen(DeviceSync sync, PurchaseOrderView order, ReceiverScreens screens) {
        this.sync = sync;
        this.screens = screens;
        this.flow = new ReceiveFlow(order, new Gs1Parser(sync.clock()), screens.catalog());

        lines.setId("po-lines");
        lines.getStyleClass().add("lines");
        scanField.setId("scan-field");
        scanField.setOnScan(this::scanned);
        scanField.setOnEmptyEnter(this::receive);
        message.setId("receive-message");
        scannedItem.setId("scanned-item");
        scannedLabel.setId("scanned-label");
        scannedCard = Widgets.card(Widgets.label("Scanned", "card-title"), scannedItem, scannedLabel);
        scannedCard.getStyleClass().add("pick-card");
        caseLinks.setId("case-links");
        caseLinks.getStyleClass().add("reasons");

        VBox header = Widgets.card(Widgets.label(order.supplierName(), "cell-title"),
                Widgets.label("Due " + Formats.day(order.expectedOn()), "cell-detail"));
        ScrollPane scroll = new ScrollPane(Widgets.column(header, scanField, message, caseLinks, scannedCard, lines));
        scroll.setFitToWidth(true);
        view.setCenter(scroll);
        view.setBottom(footer.node);
        showOrder(order);
        showScanned();
        showCaseLinks(null, List.of());
    }

    /** A sync brought news: the order as it is now, keeping what was scanned; gone from the device when received in full. */
    @Override
    public void refresh() {
        screens.order(flow.order().id()).ifPresent(this::showOrder);
    }

    private ReceiveFlow.Answer scanned(String text) {
        ReceiveFlow.Answer answer = flow.scan(text);
        switch (answer) {
            case ReceiveFlow.Answer.Taken taken -> {
                message.show(taken.message(), Tone.SUCCESS);
                damaged.setSelected(false);
                flow.scanned().ifPresent(s -> quantity.setText(Formats.quantity(s.count())));
            }
            case ReceiveFlow.Answer.WholePallet whole -> {
                message.show(whole.message(), Tone.SUCCESS);
                damaged.setSelected(false);
            }
            case ReceiveFlow.Answer.Unknown unknown -> message.show(unknown.message(), Tone.WARNING);
            case ReceiveFlow.Answer.Refused refused -> message.show(refused.message(), Tone.ERROR);
        }
        showCaseLinks(text, answer instanceof ReceiveFlow.Answer.Unknown unknown ? unknown.lines() : List.of());
        showScanned();
        return answer;
    }

    /** One button per item the unknown barcode may be a case of; a tap links it and takes the scan again, now as that case. */
    private void showCaseLinks(String scannedText, List<ReceiveFlow.Linkable> choices) {
        caseLinks.getChildren().setAll(choices.stream().map(choice -> {
            Button button = Widgets.button("A case of " + choice.eachesPerCase() + " × " + choice.line().itemName() + " ("
                    + choice.line().sku() + ")", () -> link(scannedText, choice), "reason-button");
            button.setId("link-case-" + choice.line().sku());
            button.setFocusTraversable(false); // a tap must not take the scanner's focus
            button.setMaxWidth(Double.MAX_VALUE);
            button.setWrapText(true);
            return button;
        }).toList());
        Widgets.show(caseLinks, !choices.isEmpty());
    }

    private void link(String scannedText, ReceiveFlow.Linkable choice) {
        if (!(flow.scan(scannedText) instanceof ReceiveFlow.Answer.Unknown unknown)) {
            scanned(scannedText); // a sync linked it meanwhile: take the scan as it reads now
            return;
        }
        try {
            sync.record(flow.link(unknown.barcode(), choice), Set.of(new EntityKey(PurchaseOrderView.TYPE, flow.order().id())));
        } catch (InvalidCommandException e) {
            message.show("This barcode cannot be linked: " + e.getMessage(), Tone.ERROR);
            return;
        }
        refresh();
        ReceiveFlow.Answer asCase = scanned(scannedText);
        message.show("Linked: " + unknown.barcode().shortForm() + " is a case of " + choice.eachesPerCase() + ". " + asCase.message(),
                asCase instanceof ReceiveFlow.Answer.Taken ? Tone.SUCCESS : Tone.ERROR);
    }

    private void receive() {
        if (flow.pallet().isPresent()) {
            receivePallet();
            return;
        }
        if (flow.scanned().isEmpty()) {
            message.show("Scan the goods first", Tone.WARNING);
            return;
        }
        Optional<BigDecimal> received = enteredQuantity();
        if (received.isEmpty()) {
            return;
        }
        String itemName = flow.scanned().get().line().itemName();
        ReceiveGoods receipt = flow.receive(received.get(), damaged.isSelected());
        try {
            sync.record(receipt, Set.of(new EntityKey(PurchaseOrderView.TYPE, flow.order().id())));
        } catch (InvalidCommandException e) {
            message.show("This receipt cannot be recorded: " + e.getMessage(), Tone.ERROR);
            return;
        }
        message.show("Received " + Formats.quantity(receipt.quantity()) + " × " + itemName
                + (receipt.damaged() ? ": take it to quarantine." : ": leave it in receiving for putaway.")
                + " Scan the next label.", Tone.SUCCESS);
        damaged.setSelected(false);
        showReceived();
    }

    /** The whole pallet as announced: one receipt per line, all carrying the pallet's SSCC. */
    private void receivePallet() {
        String sscc = flow.pallet().orElseThrow().sscc();
        List<ReceiveGoods> receipts = flow.receivePallet();
        if (receipts.stream().anyMatch(r -> !r.violations().isEmpty())) {
            message.show("Pallet " + sscc + " cannot be received as announced: scan the goods' labels one by one", Tone.ERROR);
            showScanned();
            return;
        }
        for (ReceiveGoods receipt : receipts) {
            sync.record(receipt, Set.of(new EntityKey(PurchaseOrderView.TYPE, flow.order().id())));
        }
        message.show("Received pallet " + sscc + ": " + receipts.size() + (receipts.size() == 1 ? " line" : " lines")
                + ", leave it in receiving for putaway. Scan the next label.", Tone.SUCCESS);
        showReceived();
    }

    /** After a receipt: the order as it is now, ready for the next scan; back to the list once every line is in. */
    private void showReceived() {
        PurchaseOrderView now = screens.order(flow.order().id()).orElse(flow.order());
        showOrder(now);
        showScanned();
        if (now.isComplete()) {
            screens.shell().back();
            screens.shell().showNotice(now.number() + ": every line is in. It leaves the list with the next sync.", Tone.SUCCESS);
        }
    }

    /** The quantity typed, or empty once the receiver is told why it cannot be recorded. */
    private Optional<BigDecimal> enteredQuantity() {
        Optional<BigDecimal> in = QuantityEntry.read(quantity.getText(), problem -> message.show(problem, Tone.ERROR));
        if (in.isPresent() && in.get().signum() <= 0) {
            message.show("Enter how many came in; nothing to receive is nothing to record", Tone.ERROR);
            return Optional.empty();
        }
        return in;
    }

    private void showOrder(PurchaseOrderView order) {
        flow = flow.over(order);
        lines.getChildren().setAll(order.lines().stream().map(this::lineRow).toList());
    }

    private Node lineRow(PurchaseOrderView.Line line) {
        Label progress = Widgets.label(Formats.quantity(line.received()) + " of " + Formats.quantity(line.ordered()), "chip");
        progress.setId("line-progress-" + line.sku());
        HBox top = new HBox(Widgets.label(line.sku(), "task-bin"), Widgets.grow(), progress);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox card = Widgets.card(top, Widgets.label(line.itemName(), "cell-detail"));
        card.getStyleClass().add("task-card");
        card.pseudoClassStateChanged(DONE, line.outstanding().signum() == 0);
        return card;
    }

    private void showScanned() {
        Optional<ReceiveFlow.Scanned> scanned = flow.scanned();
        Optional<PurchaseOrderView.Pallet> pallet = flow.pallet();
        Widgets.show(scannedCard, scanned.isPresent() || pallet.isPresent());
        pallet.ifPresent(this::showPallet);
        scanned.ifPresent(s -> {
            scannedItem.setText(s.line().itemName() + " (" + s.line().sku() + ")");
            List<String> details = new ArrayList<>();
            details.add(Formats.quantity(s.line().outstanding()) + " still to come");
            if (s.lot() != null) {
                details.add("lot " + s.lot());
            }
            if (s.expiry() != null) {
                details.add("expires " + Formats.day(s.expiry()));
            }
            if (s.sscc() != null) {
                details.add("pallet " + s.sscc());
            }
            scannedLabel.setText(String.join(" · ", details));
        });
        quantity.setDisable(scanned.isEmpty());
        damaged.setDisable(scanned.isEmpty());
        receive.setDisable(scanned.isEmpty() && pallet.isEmpty());
        receive.setText(pallet.isPresent() ? "Receive pallet" : "Receive");
        if (scanned.isEmpty()) {
            quantity.clear();
        }
        scanField.setPromptText(scanned.isEmpty() && pallet.isEmpty() ? "Scan the label on the goods" : "Press Enter to receive");
    }

    /** The pallet's lines as announced: item, quantity, lot and expiry. */
    private void showPallet(PurchaseOrderView.Pallet pallet) {
        scannedItem.setText("Pallet " + pallet.sscc());
        scannedLabel.setText(pallet.lines().stream().map(l -> {
            String item = flow.order().line(l.lineId()).map(PurchaseOrderView.Line::itemName).orElse("an item");
            return Formats.quantity(l.quantity()) + " × " + item + (l.lot() == null ? "" : " · lot " + l.lot())
                    + (l.expiry() == null ? "" : " · expires " + Formats.day(l.expiry()));
        }).collect(Collectors.joining("\n")));
    }

    @Override
    public String title() {
        return "Receive " + flow.order().number();
    }

    @Override
    public Node view() {
        return view;
    }
}
