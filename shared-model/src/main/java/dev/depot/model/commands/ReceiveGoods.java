package dev.depot.model.commands;

import dev.depot.model.gs1.Gs1FormatException;
import dev.depot.model.gs1.Sscc;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A receiver's scan-confirmed receipt against a purchase order: this many eaches of the scanned item
 * came in, with the lot, expiry and pallet (SSCC) its label carries, sound or damaged. A physical
 * fact: more than was ordered is recorded all the same, and damaged goods go to quarantine.
 */
public record ReceiveGoods(UUID purchaseOrderId, String itemCode, BigDecimal quantity, String lot, LocalDate expiry, String sscc,
                           boolean damaged) implements DeviceCommand {

    public static final String TYPE = "ReceiveGoods";
    /** The longest lot a GS1 label carries (AI 10). */
    public static final int LOT_LENGTH = 20;

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
        if (purchaseOrderId == null) {
            violations.add(new Violation("purchaseOrderId", "is required: choose the purchase order the goods came with"));
        }
        FieldChecks.code("itemCode", itemCode, "scan the item").ifPresent(violations::add);
        FieldChecks.positiveQuantity("quantity", quantity).ifPresent(violations::add);
        FieldChecks.lotIfAny("lot", lot).ifPresent(violations::add);
        if (sscc != null) {
            try {
                new Sscc(sscc);
            } catch (Gs1FormatException e) {
                violations.add(new Violation("sscc", e.getMessage()));
            }
        }
        return violations;
    }
}
