package dev.depot.mobile.picker;

import dev.depot.mobile.sync.DeviceSync;
import dev.depot.mobile.ui.Formats;
import dev.depot.mobile.ui.Widgets;
import dev.depot.model.changes.EntityKey;
import dev.depot.model.views.ReplenishmentTaskView;
import java.math.BigDecimal;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A pick face to fill, first half: at the reserve bin, scan the bin, scan the item, and confirm how
 * many were taken; then the goods go to the pick face ({@link FillFaceScreen}).
 */
final class ReplenishScreen extends BinItemScreen {

    static final BinItemScan.Words WORDS = new BinItemScan.Words("take", "Item is right. Take the quantity and confirm.",
            "Bin and item are checked: confirm how many you took");

    private final ReplenishmentTaskView task;
    private final PickerScreens screens;

    ReplenishScreen(DeviceSync sync, ReplenishmentTaskView task, PickerScreens screens) {
        super(sync, new BinItemScan.Spot(task.fromCode(), task.sku(), task.gtin(), task.itemName()), WORDS, card(task),
                new Parts("replenish", "Quantity taken", "Take to the pick face", Formats.quantity(task.remaining()),
                        new EntityKey(ReplenishmentTaskView.TYPE, task.id())));
        this.task = task;
        this.screens = screens;
    }

    private static VBox card(ReplenishmentTaskView task) {
        Label bin = Widgets.label(task.fromCode(), "pick-bin");
        bin.setId("replenish-from");
        Label take = Widgets.label("Take " + Formats.quantity(task.remaining()), "pick-take");
        take.setId("replenish-take");
        Label face = Widgets.label("For the pick face " + task.toCode(), "pick-tote");
        face.setId("replenish-to");
        VBox where = Widgets.card(Widgets.label("Go to bin", "card-title"), bin, Widgets.label(task.itemName(), "cell-title"),
                Widgets.label(task.sku() + " · GTIN " + task.gtin(), "cell-detail"), take, face);
        where.getStyleClass().add("pick-card");
        return where;
    }

    @Override
    void taken(String itemCode, BigDecimal quantity) {
        screens.openFill(task, itemCode, quantity);
    }

    @Override
    public String title() {
        return "Fill " + task.toCode();
    }
}
