package dev.depot.server.billing;

import dev.depot.model.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** What to bill for an order's shipment, priced by the order's rulebook. */
public record InvoiceDraft(UUID orderId, UUID customerId, List<Line> lines, Money subtotal, Money tax, Money total) {

    public InvoiceDraft {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an invoice needs at least one line");
        }
        if (subtotal.plus(tax).compareTo(total) != 0) {
            throw new IllegalArgumentException("invoice total " + total + " is not subtotal " + subtotal + " plus tax " + tax);
        }
    }

    /** One line to bill. */
    public record Line(UUID itemId, String description, BigDecimal quantity, Money unitPrice, Money net) {
    }
}
