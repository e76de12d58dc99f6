package dev.depot.server.catalog;

import dev.depot.model.gs1.Gs1FormatException;
import dev.depot.model.gs1.Gtin;

/** How people name an item on the floor: by its barcode (any length of its GTIN), or by the SKU keyed from the shelf label. */
public final class ItemCodes {

    private ItemCodes() {
    }

    /** Whether a scanned or keyed code names the item with this SKU and GTIN (as stored, 14 digits). */
    public static boolean name(String sku, String gtin, String scanned) {
        String code = scanned.strip();
        if (code.equalsIgnoreCase(sku)) {
            return true;
        }
        try {
            return Gtin.parse(code).digits().equals(gtin);
        } catch (Gs1FormatException notAGtin) {
            return false;
        }
    }
}
