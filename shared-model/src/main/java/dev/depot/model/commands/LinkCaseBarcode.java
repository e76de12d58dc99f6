package dev.depot.model.commands;

import dev.depot.model.gs1.Gs1FormatException;
import dev.depot.model.gs1.Gtin;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A receiver holds a case whose barcode Depot does not know and says which item of the purchase
 * order it holds: the barcode becomes that item's case barcode (so many eaches, as the catalog packs
 * it), for this delivery and every later one. A change of master data, so the server may refuse it,
 * for instance when the barcode already names another item.
 */
public record LinkCaseBarcode(UUID purchaseOrderId, UUID lineId, String gtin) implements DeviceCommand {

    public static final String TYPE = "LinkCaseBarcode";

    @Override
    public String typeName() {
        return TYPE;
    }

    @Override
    public boolean isPhysicalFact() {
        return false;
    }

    @Override
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (purchaseOrderId == null) {
            violations.add(new Violation("purchaseOrderId", "is required: choose the purchase order the goods came with"));
        }
        if (lineId == null) {
            violations.add(new Violation("lineId", "is required: choose the item the case holds"));
        }
        if (gtin == null || gtin.isBlank()) {
            violations.add(new Violation("gtin", "scan the case's barcode"));
        } else {
            try {
                Gtin.parse(gtin);
            } catch (Gs1FormatException e) {
                violations.add(new Violation("gtin", e.getMessage()));
            }
        }
        return violations;
    }
}
