package dev.depot.server.admin;

import java.math.BigDecimal;

/**
 * How the stock page flags an item: out when nothing is available, low when less than a case is
 * (ten eaches for items sold loose). A stand-in until items carry their own reorder points.
 */
public enum StockLevel {
    OUT("Out of stock"), LOW("Low"), OK("");

    private static final int LOOSE_ITEM_MINIMUM = 10;

    private final String label;

    StockLevel(String label) {
        this.label = label;
    }

    static StockLevel of(BigDecimal available, int eachesPerCase) {
        if (available.signum() <= 0) {
            return OUT;
        }
        int minimum = eachesPerCase > 1 ? eachesPerCase : LOOSE_ITEM_MINIMUM;
        return available.compareTo(BigDecimal.valueOf(minimum)) < 0 ? LOW : OK;
    }

    public String label() {
        return label;
    }

    public boolean flagged() {
        return this != OK;
    }
}
