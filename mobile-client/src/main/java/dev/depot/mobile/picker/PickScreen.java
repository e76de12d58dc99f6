package dev.depot.mobile.picker;

import dev.depot.mobile.sync.DeviceSync;
import dev.depot.mobile.ui.Formats;
import dev.depot.mobile.ui.Widgets;
import dev.depot.model.changes.EntityKey;
import dev.depot.model.commands.ConfirmPick;
import dev.depot.model.views.PickTaskView;
import java.math.BigDecimal;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * One pick on the floor: where to go and what to take, then scan the bin, scan the item, and
 * confirm the quantity (changed for a short pick).
 */
final class PickScreen extends BinItemScreen {

    static final BinItemScan.Words WORDS = new BinItemScan.Words("pick", "Item is right. Take the quantity and confirm.",
            "Bin and item are checked: confirm the quantity, or change it for a short pick");

    private final PickTaskView task;
    private final PickerScreens screens;

    PickScreen(DeviceSync sync, PickTaskView task, PickerScreens screens) {
        super(sync, spot(task), WORDS, card(task), new Parts("pick", "Quantity picked", "Confirm pick", Formats.quantity(task.quantity()),
                new EntityKey(PickTaskView.TYPE, task.id())));
        this.task = task;
        this.screens = screens;
    }

    static BinItemScan.Spot spot(PickTaskView task) {
        return new BinItemScan.Spot(task.binCode(), task.sku(), task.gtin(), task.itemName(), task.lot());
    }

    private static VBox card(PickTaskView task) {
        Label bin = Widgets.label(task.binCode(), "pick-bin");
        bin.setId("pick-bin");
        Label take = Widgets.label("Take " + Formats.quantity(task.quantity()), "pick-take");
        take.setId("pick-take");
        VBox where = Widgets.card(Widgets.label("Go to bin", "card-title"), bin,
                Widgets.label(task.itemName(), "cell-title"),
                Widgets.label(task.sku() + " · GTIN " + task.gtin() + " · order " + task.orderNumber(), "cell-detail"), take);
        if (task.lot() != null) {
            Label lot = Widgets.label("Lot " + task.lot().code()
                    + (task.lot().expiresOn() == null ? "" : " · best before " + Formats.day(task.lot().expiresOn())), "pick-lot");
            lot.setId("pick-lot");
            where.getChildren().add(lot);
        }
        if (task.wave() != null) {
            Label tote = Widgets.label("Into tote " + task.wave().tote(), "pick-tote");
            tote.setId("pick-tote");
            where.getChildren().add(tote);
        }
        where.getStyleClass().add("pick-card");
        return where;
    }

    @Override
    void taken(String itemCode, BigDecimal quantity) {
        ConfirmPick pick = new ConfirmPick(task.id(), task.binCode(), itemCode, quantity, scannedLot());
        if (record(pick)) {
            screens.picked(task, pick);
        }
    }

    @Override
    public String title() {
        return "Pick " + task.orderNumber();
    }
}
