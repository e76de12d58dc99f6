package dev.depot.model.views;

import dev.depot.model.money.Money;
import dev.depot.model.pricing.Percentage;
import dev.depot.model.quantity.QuantityPrecision;
import java.math.BigDecimal;
import java.util.UUID;

/** One order line with what happened to it: reserved, backordered, picked and shipped eaches. */
public record OrderLineView(int lineNumber, UUID itemId, String sku, String itemName, BigDecimal quantity,
                            BigDecimal reserved, BigDecimal backordered, BigDecimal picked, BigDecimal shipped,
                            Money unitPrice, BigDecimal discountPercent, Money net) {

    /** In the ledgers' precision, so the line published with a change equals the line read back later. */
    public OrderLineView {
        quantity = QuantityPrecision.recorded(quantity);
        reserved = QuantityPrecision.recorded(reserved);
        backordered = QuantityPrecision.recorded(backordered);
        picked = QuantityPrecision.recorded(picked);
        shipped = QuantityPrecision.recorded(shipped);
        discountPercent = discountPercent == null ? null : new Percentage(discountPercent).value();
    }
}
