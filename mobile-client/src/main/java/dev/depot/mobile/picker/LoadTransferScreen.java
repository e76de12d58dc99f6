package dev.depot.mobile.picker;

import dev.depot.mobile.sync.DeviceSync;
import dev.depot.mobile.ui.Formats;
import dev.depot.mobile.ui.Widgets;
import dev.depot.model.changes.EntityKey;
import dev.depot.model.commands.LoadTransfer;
import dev.depot.model.views.TransferView;
import java.math.BigDecimal;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A transfer's line to load: at the suggested bin, scan the bin, scan the item, confirm how many went onto the truck. */
final class LoadTransferScreen extends BinItemScreen {

    static final BinItemScan.Words WORDS = new BinItemScan.Words("load", "Item is right. Take the quantity to the dock and confirm.",
            "Bin and item are checked: confirm how many you loaded");

    private final TransferView transfer;
    private final TransferView.Line line;
    private final PickerScreens screens;

    LoadTransferScreen(DeviceSync sync, TransferView transfer, TransferView.Line line, PickerScreens screens) {
        super(sync, new BinItemScan.Spot(line.fromCode(), line.sku(), line.gtin(), line.itemName()), WORDS, card(transfer, line),
                new Parts("load", "Quantity loaded", "Loaded", Formats.quantity(line.toLoad()), new EntityKey(TransferView.TYPE, transfer.id())));
        this.transfer = transfer;
        this.line = line;
        this.screens = screens;
    }

    private static VBox card(TransferView transfer, TransferView.Line line) {
        Label bin = Widgets.label(line.fromCode(), "pick-bin");
        bin.setId("load-from");
        Label take = Widgets.label("Take " + Formats.quantity(line.toLoad()), "pick-take");
        take.setId("load-take");
        Label to = Widgets.label(transfer.number() + " to " + transfer.toWarehouse() + ", due " + Formats.day(transfer.expectedOn()),
                "pick-tote");
        to.setId("load-transfer");
        VBox where = Widgets.card(Widgets.label("Go to bin", "card-title"), bin, Widgets.label(line.itemName(), "cell-title"),
                Widgets.label(line.sku() + " · GTIN " + line.gtin(), "cell-detail"), take, to);
        where.getStyleClass().add("pick-card");
        return where;
    }

    @Override
    void taken(String itemCode, BigDecimal quantity) {
        LoadTransfer load = new LoadTransfer(transfer.id(), line.id(), line.fromCode(), itemCode, quantity);
        if (record(load)) {
            screens.loaded(transfer, line, load);
        }
    }

    @Override
    public String title() {
        return "Load " + transfer.number();
    }
}
