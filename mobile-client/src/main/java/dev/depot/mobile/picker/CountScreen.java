package dev.depot.mobile.picker;

import dev.depot.mobile.sync.DeviceSync;
import dev.depot.mobile.ui.Widgets;
import dev.depot.model.changes.EntityKey;
import dev.depot.model.commands.CountStock;
import dev.depot.model.views.CountTaskView;
import java.math.BigDecimal;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * One blind count: the bin and the item, never what the books expect; scan the bin, scan the item,
 * and enter how many are there (0 when none). The quantity field starts empty, so nothing is
 * counted by pressing Enter alone.
 */
final class CountScreen extends BinItemScreen {

    static final BinItemScan.Words WORDS = new BinItemScan.Words("count", "Item is right. Count them and enter how many you found.",
            "Bin and item are checked: enter how many you found, 0 if there are none");

    private final CountTaskView task;
    private final PickerScreens screens;

    CountScreen(DeviceSync sync, CountTaskView task, PickerScreens screens) {
        super(sync, new BinItemScan.Spot(task.binCode(), task.sku(), task.gtin(), task.itemName()), WORDS, card(task),
                new Parts("count", "Quantity found", "Record count", "", new EntityKey(CountTaskView.TYPE, task.id())));
        this.task = task;
        this.screens = screens;
    }

    private static VBox card(CountTaskView task) {
        Label bin = Widgets.label(task.binCode(), "pick-bin");
        bin.setId("count-bin");
        Label reason = Widgets.label((task.recount() ? "Recount. " : "") + task.reason(), "cell-detail");
        reason.setId("count-reason");
        VBox where = Widgets.card(Widgets.label("Count in bin", "card-title"), bin, Widgets.label(task.itemName(), "cell-title"),
                Widgets.label(task.sku() + " · GTIN " + task.gtin(), "cell-detail"), reason);
        where.getStyleClass().add("pick-card");
        return where;
    }

    @Override
    void taken(String itemCode, BigDecimal quantity) {
        CountStock count = new CountStock(task.id(), task.binCode(), itemCode, quantity);
        if (record(count)) {
            screens.counted(task, count);
        }
    }

    @Override
    public String title() {
        return "Count " + task.binCode();
    }
}
