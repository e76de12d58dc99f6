package dev.depot.model.commands;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A scan-confirmed load at the sending warehouse: this many eaches of the scanned item were taken
 * from the scanned bin onto the truck for a transfer's line. A physical fact: the stock follows what
 * was scanned, also when it is another bin or more or less than the line asked for.
 */
public record LoadTransfer(UUID transferId, UUID lineId, String fromBinCode, String itemCode, BigDecimal quantity)
        implements DeviceCommand {

    public static final String TYPE = "LoadTransfer";

    @Override
    public String typeName() {
        return TYPE;
    }

    @Override
    public boolean isPhysicalFact() {
        return true;
    }

    @Override
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (transferId == null) {
            violations.add(new Violation("transferId", "is required: choose the transfer you load"));
        }
        if (lineId == null) {
            violations.add(new Violation("lineId", "is required: choose the line you load"));
        }
        FieldChecks.code("fromBinCode", fromBinCode, "scan the bin you took the goods from").ifPresent(violations::add);
        FieldChecks.code("itemCode", itemCode, "scan the item").ifPresent(violations::add);
        FieldChecks.positiveQuantity("quantity", quantity).ifPresent(violations::add);
        return violations;
    }
}
