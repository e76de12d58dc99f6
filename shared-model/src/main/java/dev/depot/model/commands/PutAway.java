package dev.depot.model.commands;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A receiver's scan-confirmed putaway: this many eaches of a putaway task's goods are now in the
 * scanned bin, and, when it is not the suggested bin, why. A physical fact: the stock follows what
 * was scanned, also into another bin than suggested or beyond what the task said.
 */
public record PutAway(UUID taskId, String binCode, BigDecimal quantity, PutawayOverride overrideReason) implements DeviceCommand {

    public static final String TYPE = "PutAway";

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
            violations.add(new Violation("taskId", "is required: choose the goods to put away"));
        }
        FieldChecks.code("binCode", binCode, "scan the bin you put the goods in").ifPresent(violations::add);
        FieldChecks.positiveQuantity("quantity", quantity).ifPresent(violations::add);
        return violations;
    }
}
