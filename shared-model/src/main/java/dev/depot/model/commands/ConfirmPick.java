package dev.depot.model.commands;

import dev.depot.model.quantity.QuantityPrecision;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A picker's scan-confirmed pick: this many eaches of the scanned item taken from the scanned bin
 * for a pick task. A physical fact: if it contradicts the plan, stock follows what was scanned.
 */
public record ConfirmPick(UUID taskId, String binCode, String itemCode, BigDecimal quantity) implements DeviceCommand {

    public static final String TYPE = "ConfirmPick";

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
            violations.add(new Violation("taskId", "is required"));
        }
        FieldChecks.code("binCode", binCode, "scan the bin first").ifPresent(violations::add);
        FieldChecks.code("itemCode", itemCode, "scan the item").ifPresent(violations::add);
        if (quantity == null) {
            violations.add(new Violation("quantity", "is required"));
        } else if (quantity.signum() < 0) {
            violations.add(new Violation("quantity", "cannot be negative, got " + quantity.toPlainString()));
        } else {
            QuantityPrecision.problemWith(quantity).ifPresent(p -> violations.add(new Violation("quantity", p)));
        }
        return violations;
    }
}
