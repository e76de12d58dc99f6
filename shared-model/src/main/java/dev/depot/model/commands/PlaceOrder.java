package dev.depot.model.commands;

import dev.depot.model.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A rep's order for a customer, taken on the device (often offline). The device prices it with
 * the shared rulebook and sends what it showed the rep ({@code expectedTotal}, each line's
 * {@code expectedUnitPrice}); the server prices it again and reports any difference. {@code shipToId}
 * is one of the customer's ship-tos, or null for the customer's default.
 */
public record PlaceOrder(UUID orderId, UUID customerId, List<Line> lines, Money expectedTotal, String customerReference,
                         UUID shipToId)
        implements DeviceCommand {

    public static final String TYPE = "PlaceOrder";

    /** The longest customer reference (their PO number) the server keeps. */
    public static final int CUSTOMER_REFERENCE_LENGTH = 60;
    private static final int DISCOUNT_DECIMALS = 4;

    /** A line as the rep entered it; quantities are in eaches. */
    public record Line(UUID itemId, BigDecimal quantity, BigDecimal discountPercent, Money expectedUnitPrice) {
    }

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
        if (orderId == null) {
            violations.add(new Violation("orderId", "is required"));
        }
        if (customerId == null) {
            violations.add(new Violation("customerId", "is required"));
        }
        if (customerReference != null
                && customerReference.codePointCount(0, customerReference.length()) > CUSTOMER_REFERENCE_LENGTH) {
            violations.add(new Violation("customerReference", "has at most " + CUSTOMER_REFERENCE_LENGTH + " characters, got "
                    + customerReference.codePointCount(0, customerReference.length())));
        }
        if (lines == null || lines.isEmpty()) {
            violations.add(new Violation("lines", "an order needs at least one line"));
            return violations;
        }
        Set<UUID> items = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            violations.addAll(lineViolations(lines.get(i), "lines[" + i + "]", items));
        }
        return violations;
    }

    /** What is wrong with one line; {@code itemsSoFar} collects the items of the lines before it. */
    private static List<Violation> lineViolations(Line line, String at, Set<UUID> itemsSoFar) {
        if (line == null) {
            return List.of(new Violation(at, "is empty"));
        }
        List<Violation> violations = new ArrayList<>();
        if (line.itemId() == null) {
            violations.add(new Violation(at + ".itemId", "is required"));
        } else if (!itemsSoFar.add(line.itemId())) {
            violations.add(new Violation(at + ".itemId", "the item is already on another line"));
        }
        FieldChecks.positiveQuantity(at + ".quantity", line.quantity()).ifPresent(violations::add);
        BigDecimal discount = line.discountPercent();
        if (discount != null && (discount.signum() < 0 || discount.compareTo(BigDecimal.valueOf(100)) > 0)) {
            violations.add(new Violation(at + ".discountPercent", "must be between 0 and 100, got " + discount.toPlainString()));
        } else if (discount != null && discount.stripTrailingZeros().scale() > DISCOUNT_DECIMALS) {
            // The rulebook's Percentage holds four decimals: a finer discount could not be priced at all.
            violations.add(new Violation(at + ".discountPercent", "has at most " + DISCOUNT_DECIMALS + " decimals, got "
                    + discount.toPlainString()));
        }
        return violations;
    }
}
