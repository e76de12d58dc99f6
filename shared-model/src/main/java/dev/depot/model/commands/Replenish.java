package dev.depot.model.commands;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A scan-confirmed replenishment: this many eaches of the scanned item went from the scanned reserve
 * bin into the scanned pick face. A physical fact: the stock follows what was scanned, also when it
 * is more or less than the task said.
 */
public record Replenish(UUID taskId, String fromBinCode, String itemCode, String toBinCode, BigDecimal quantity) implements DeviceCommand {

    public static final String TYPE = "Replenish";

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
        if (taskId == null) {
            violations.add(new Violation("taskId", "is required: choose the pick face to fill"));
        }
        FieldChecks.code("fromBinCode", fromBinCode, "scan the bin you took the goods from").ifPresent(violations::add);
        FieldChecks.code("itemCode", itemCode, "scan the item").ifPresent(violations::add);
        FieldChecks.code("toBinCode", toBinCode, "scan the pick face you put the goods in").ifPresent(violations::add);
        FieldChecks.positiveQuantity("quantity", quantity).ifPresent(violations::add);
        return violations;
    }
}
