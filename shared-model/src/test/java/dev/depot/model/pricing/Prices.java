package dev.depot.model.pricing;

import dev.depot.model.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Test data: item prices written as "from quantity @ unit price" pairs. */
final class Prices {

    private Prices() {
    }

    /** {@code itemPrice(item, "USD", "1", "10.00", "10", "9.00")}: 10.00 from 1, 9.00 from 10. */
    static ItemPrice itemPrice(UUID itemId, String currency, String... minimumsAndPrices) {
        List<PriceBreak> breaks = new ArrayList<>();
        for (int i = 0; i < minimumsAndPrices.length; i += 2) {
            breaks.add(new PriceBreak(new BigDecimal(minimumsAndPrices[i]), Money.of(minimumsAndPrices[i + 1], currency)));
        }
        return new ItemPrice(itemId, breaks);
    }

    static OrderLineRequest line(UUID itemId, String quantity, String discountPercent) {
        return new OrderLineRequest(itemId, new BigDecimal(quantity), Percentage.of(discountPercent));
    }

    static Money usd(String amount) {
        return Money.of(amount, "USD");
    }
}
