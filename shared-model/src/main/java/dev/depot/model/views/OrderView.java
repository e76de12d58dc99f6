package dev.depot.model.views;

import dev.depot.model.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An order as the rep who took it and the customer's devices see it, with the server's numbers
 * and status. {@code holdReason} says why an order waits, in words a rep can pass on; {@code shipTo}
 * is where it goes, on one line (null when the customer has no ship-to on file).
 */
public record OrderView(UUID id, String number, UUID customerId, String customerName, OrderStatus status,
                        String holdReason, List<OrderLineView> lines, Money subtotal, Money tax, Money total,
                        UUID placedBy, Instant placedAt, String shipTo) implements SyncedView {

    public static final String TYPE = "order";

    public OrderView {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    @Override
    public String entityType() {
        return TYPE;
    }
}
