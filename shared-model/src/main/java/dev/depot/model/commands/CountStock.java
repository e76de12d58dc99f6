package dev.depot.model.commands;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A counter's blind count for a count task: in the scanned bin they found this many of the scanned
 * item (none is a count too). A physical fact: the server compares it with the books and adjusts,
 * asks for a recount, or waits for a supervisor's approval.
 */
public record CountStock(UUID taskId, String binCode, String itemCode, BigDecimal counted) implements DeviceCommand {

    public static final String TYPE = "CountStock";

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
            violations.add(new Violation("taskId", "is required: choose the count"));
        }
        FieldChecks.code("binCode", binCode, "scan the bin first").ifPresent(violations::add);
        FieldChecks.code("itemCode", itemCode, "scan the item").ifPresent(violations::add);
        FieldChecks.quantityOrNone("counted", counted, "is required: enter how many you found, 0 for none").ifPresent(violations::add);
        return violations;
    }
}
