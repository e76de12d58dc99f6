package dev.depot.mobile.picker;

import dev.depot.mobile.scan.ItemScan;
import dev.depot.mobile.ui.Formats;
import dev.depot.model.gs1.Gs1FormatException;
import dev.depot.model.gs1.Gs1Label;
import dev.depot.model.gs1.Gs1Parser;
import dev.depot.model.views.ItemView;
import dev.depot.model.views.PickTaskView;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The scan discipline at a bin: the bin first, then the item, then the quantity. A wrong scan is
 * answered with what was scanned and what is expected, and changes nothing. Picks and counts both
 * walk it; what they say about the item and the quantity is theirs.
 */
public final class BinItemScan {

    /** Where the person is at the bin. */
    public enum Step {
        SCAN_BIN,
        SCAN_ITEM,
        ENTER_QUANTITY
    }

    /** The answer to a scan: taken, or refused with the reason. */
    public sealed interface Answer {
        String message();

        record Taken(String message) implements Answer {
        }

        record Refused(String message) implements Answer {
        }
    }

    /** The bin to scan, the item to find there, and the lot of it to take (null when any will do). */
    public record Spot(String binCode, String sku, String gtin, String itemName, PickTaskView.Lot lot) {

        /** A spot where any lot of the item will do. */
        public Spot(String binCode, String sku, String gtin, String itemName) {
            this(binCode, sku, gtin, itemName, null);
        }
    }

    /**
     * What the task says at each step, in the person's words.
     *
     * @param verb          what is done with the item: "pick", "count"
     * @param itemRight     what to do once bin and item are right
     * @param quantityFirst the answer to a scan once only the quantity is left
     */
    public record Words(String verb, String itemRight, String quantityFirst) {
    }

    private final Spot spot;
    private final Words words;
    private final Gs1Parser gs1;
    private final Function<ItemScan, Optional<ItemView>> catalog;
    private Step step = Step.SCAN_BIN;
    private String itemCode;
    private String lot;

    /**
     * @param catalog finds the item a scan names, to say which wrong item was scanned
     */
    public BinItemScan(Spot spot, Words words, Gs1Parser gs1, Function<ItemScan, Optional<ItemView>> catalog) {
        this.spot = spot;
        this.words = words;
        this.gs1 = gs1;
        this.catalog = catalog;
    }

    public Step step() {
        return step;
    }

    /** The item code as scanned (its GTIN) or keyed (its SKU); only once the item is right. */
    public String itemCode() {
        if (step != Step.ENTER_QUANTITY) {
            throw new IllegalStateException("scan the bin and the item first");
        }
        return itemCode;
    }

    /** The lot the item's label named; null when it named none (a plain barcode, or the SKU keyed). */
    public String lot() {
        itemCode();
        return lot;
    }

    public Answer scan(String scanned) {
        String text = scanned.strip();
        return switch (step) {
            case SCAN_BIN -> scanBin(text);
            case SCAN_ITEM -> scanItem(text);
            case ENTER_QUANTITY -> new Answer.Refused(words.quantityFirst());
        };
    }

    private Answer scanBin(String text) {
        if (!text.toUpperCase(Locale.ROOT).equals(spot.binCode().toUpperCase(Locale.ROOT))) {
            return new Answer.Refused("Wrong bin: scanned " + text + ", go to " + spot.binCode());
        }
        step = Step.SCAN_ITEM;
        return new Answer.Taken("Bin " + spot.binCode() + " is right. Now scan the item.");
    }

    private Answer scanItem(String text) {
        Optional<Gs1Label> label;
        try {
            label = ItemScan.readLabel(text, gs1);
        } catch (Gs1FormatException e) {
            return new Answer.Refused("Cannot read this barcode: " + e.getMessage());
        }
        Optional<ItemScan> scan = label.map(ItemScan::of);
        if (scan.isPresent() && scan.get().names(spot.gtin())) {
            String scannedLot = label.get().lot();
            if (spot.lot() != null && scannedLot != null && !scannedLot.equals(spot.lot().code())) {
                return new Answer.Refused("Wrong lot: scanned lot " + scannedLot + ", take lot " + spot.lot().code()
                        + (spot.lot().expiresOn() == null ? "" : ", best before " + Formats.day(spot.lot().expiresOn()))
                        + ": it expires first");
            }
            itemCode = scan.get().gtin().digits();
            lot = scannedLot;
        } else if (scan.isEmpty() && text.equalsIgnoreCase(spot.sku())) {
            itemCode = spot.sku(); // typed from the shelf label when the barcode will not scan
        } else {
            String what = scan.flatMap(catalog).map(ItemView::name)
                    .or(() -> scan.map(s -> s.gtin().shortForm()))
                    .orElse(text);
            return new Answer.Refused("Wrong item: scanned " + what + ", " + words.verb() + " " + spot.itemName() + " (" + spot.sku() + ")");
        }
        step = Step.ENTER_QUANTITY;
        return new Answer.Taken(words.itemRight());
    }
}
