package dev.depot.mobile.picker;

import dev.depot.mobile.scan.ItemScan;
import dev.depot.model.commands.ConfirmPick;
import dev.depot.model.gs1.Gs1FormatException;
import dev.depot.model.gs1.Gs1Parser;
import dev.depot.model.views.ItemView;
import dev.depot.model.views.PickTaskView;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The scan discipline of one pick: the bin first, then the item, then the quantity. A wrong scan
 * is answered with what was scanned and what is expected, and changes nothing.
 */
public final class PickFlow {

    /** Where the picker is in the pick. */
    public enum Step {
        SCAN_BIN,
        SCAN_ITEM,
        CONFIRM_QUANTITY
    }

    /** The flow's answer to a scan: taken, or refused with the reason. */
    public sealed interface Answer {
        String message();

        record Taken(String message) implements Answer {
        }

        record Refused(String message) implements Answer {
        }
    }

    private final PickTaskView task;
    private final Gs1Parser gs1;
    private final Function<ItemScan, Optional<ItemView>> catalog;
    private Step step = Step.SCAN_BIN;
    private String itemCode;

    /**
     * @param catalog finds the item a scan names, to say which wrong item was scanned
     */
    public PickFlow(PickTaskView task, Gs1Parser gs1, Function<ItemScan, Optional<ItemView>> catalog) {
        this.task = task;
        this.gs1 = gs1;
        this.catalog = catalog;
    }

    public Step step() {
        return step;
    }

    public PickTaskView task() {
        return task;
    }

    public Answer scan(String scanned) {
        String text = scanned.strip();
        return switch (step) {
            case SCAN_BIN -> scanBin(text);
            case SCAN_ITEM -> scanItem(text);
            case CONFIRM_QUANTITY -> new Answer.Refused("Bin and item are checked: confirm the quantity, or change it for a short pick");
        };
    }

    /** The fact to record: this many taken from the scanned bin. Only after bin and item were scanned. */
    public ConfirmPick confirm(BigDecimal quantity) {
        if (step != Step.CONFIRM_QUANTITY) {
            throw new IllegalStateException("scan the bin and the item before confirming");
        }
        return new ConfirmPick(task.id(), task.binCode(), itemCode, quantity);
    }

    private Answer scanBin(String text) {
        if (!text.toUpperCase(Locale.ROOT).equals(task.binCode().toUpperCase(Locale.ROOT))) {
            return new Answer.Refused("Wrong bin: scanned " + text + ", go to " + task.binCode());
        }
        step = Step.SCAN_ITEM;
        return new Answer.Taken("Bin " + task.binCode() + " is right. Now scan the item.");
    }

    private Answer scanItem(String text) {
        Optional<ItemScan> scan;
        try {
            scan = ItemScan.read(text, gs1);
        } catch (Gs1FormatException e) {
            return new Answer.Refused("Cannot read this barcode: " + e.getMessage());
        }
        if (scan.isPresent() && scan.get().names(task.gtin())) {
            itemCode = scan.get().gtin().digits();
        } else if (scan.isEmpty() && text.equalsIgnoreCase(task.sku())) {
            itemCode = task.sku(); // typed from the shelf label when the barcode will not scan
        } else {
            String what = scan.flatMap(catalog).map(ItemView::name)
                    .or(() -> scan.map(s -> s.gtin().shortForm()))
                    .orElse(text);
            return new Answer.Refused("Wrong item: scanned " + what + ", pick " + task.itemName() + " (" + task.sku() + ")");
        }
        step = Step.CONFIRM_QUANTITY;
        return new Answer.Taken("Item is right. Take the quantity and confirm.");
    }
}
