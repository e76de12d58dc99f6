package dev.depot.model.pricing;

import dev.depot.model.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The rulebook for an order's price: each line at its list price for the line's quantity break,
 * less the line discount, rounded per line; tax on the subtotal. Runs unchanged on the device
 * (offline) and on the server (authoritative), so both show the same total.
 */
public final class OrderPricing {

    private OrderPricing() {
    }

    public static PricedOrder price(List<OrderLineRequest> lines, PriceList priceList, TaxRate taxRate) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an order needs at least one line");
        }
        List<PricedLine> priced = new ArrayList<>(lines.size());
        Money subtotal = Money.zero(priceList.currency());
        for (OrderLineRequest line : lines) {
            PricedLine pricedLine = priceLine(priced.size() + 1, line, priceList);
            priced.add(pricedLine);
            subtotal = subtotal.plus(pricedLine.net());
        }
        Money tax = taxRate.taxOn(subtotal);
        return new PricedOrder(priced, subtotal, taxRate, tax, subtotal.plus(tax));
    }

    static PricedLine priceLine(int lineNumber, OrderLineRequest line, PriceList priceList) {
        Money unitPrice = priceList.unitPrice(line.itemId(), line.quantity());
        return new PricedLine(lineNumber, line.itemId(), line.quantity(), unitPrice, line.discount(),
                lineNet(unitPrice, line.quantity(), line.discount()));
    }

    /** A line's net: unit price × quantity × (1 − discount), rounded once. Also what part of a line is invoiced at. */
    public static Money lineNet(Money unitPrice, BigDecimal quantity, Percentage discount) {
        return unitPrice.times(quantity.multiply(BigDecimal.ONE.subtract(discount.fraction())));
    }
}
