package dev.depot.model.pricing;

import dev.depot.model.money.Money;
import java.util.List;

/** An order's lines and totals as the rulebook computes them, on the device and on the server alike. */
public record PricedOrder(List<PricedLine> lines, Money subtotal, TaxRate taxRate, Money tax, Money total) {

    public PricedOrder {
        lines = List.copyOf(lines);
    }
}
