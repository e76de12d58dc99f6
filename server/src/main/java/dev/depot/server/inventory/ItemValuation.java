package dev.depot.server.inventory;

import dev.depot.model.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

/**
 * An item's moving-average cost: each receipt blends its cost into the average; goods issues leave
 * at the average. Quantity here is all stock of the item in every warehouse.
 */
@Entity
@Table(name = "item_valuation")
public class ItemValuation {

    @Id
    @Column(name = "item_id")
    private UUID itemId;
    private BigDecimal quantity;
    @Column(name = "average_cost")
    private BigDecimal averageCost;
    private String currency;

    protected ItemValuation() {
    }

    ItemValuation(UUID itemId, String currency) {
        this.itemId = itemId;
        this.quantity = BigDecimal.ZERO;
        this.averageCost = BigDecimal.ZERO;
        this.currency = currency;
    }

    /** Blends a receipt into the average; returns the receipt's value. */
    Money receive(BigDecimal received, Money unitCost) {
        BigDecimal totalBefore = quantity.multiply(averageCost);
        BigDecimal receivedValue = received.multiply(unitCost.amount());
        BigDecimal after = quantity.add(received);
        if (after.signum() > 0) {
            averageCost = totalBefore.add(receivedValue).divide(after, 4, RoundingMode.HALF_UP);
        }
        quantity = after;
        return Money.rounded(receivedValue, currency);
    }

    /** The average cost, or {@code costIfNone} before anything was valued. */
    Money averageOr(Money costIfNone) {
        return averageCost.signum() == 0 ? costIfNone : Money.rounded(averageCost, currency);
    }

    /** Takes issued stock out at the average cost; returns its value. */
    Money issue(BigDecimal issued) {
        quantity = quantity.subtract(issued);
        return Money.rounded(issued.multiply(averageCost), currency);
    }
}
