package dev.depot.model.commands;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A receiver's scan-confirmed receipt of goods another warehouse sent: this many eaches of the
 * scanned item came off the truck, sound or damaged. A physical fact: more or less than was loaded
 * is recorded all the same, and damaged goods go to quarantine.
 */
public record ReceiveTransfer(UUID transferId, String itemCode, BigDecimal quantity, boolean damaged) implements DeviceCommand {

    public static final String TYPE = "ReceiveTransfer";

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
            violations.add(new Violation("transferId", "is required: choose the transfer the goods came with"));
        }
        FieldChecks.code("itemCode", itemCode, "scan the item").ifPresent(violations::add);
        FieldChecks.positiveQuantity("quantity", quantity).ifPresent(violations::add);
        return violations;
    }
}
