package dev.depot.model.commands;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A picker's scan-confirmed pick: this many eaches of the scanned item taken from the scanned bin
 * for a pick task, of the lot the item's label named ({@code lot} is null when the label named none).
 * A physical fact: if it contradicts the plan, stock follows what was scanned.
 */
public record ConfirmPick(UUID taskId, String binCode, String itemCode, BigDecimal quantity, String lot) implements DeviceCommand {

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
        FieldChecks.quantityOrNone("quantity", quantity, "is required").ifPresent(violations::add);
        FieldChecks.lotIfAny("lot", lot).ifPresent(violations::add);
        return violations;
    }
}
