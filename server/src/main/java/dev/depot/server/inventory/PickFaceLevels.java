package dev.depot.server.inventory;

import java.math.BigDecimal;

/** A pick face's replenishment levels, in eaches: at {@code min} or below it is topped up to {@code max}. */
public record PickFaceLevels(BigDecimal min, BigDecimal max) {

    public PickFaceLevels {
        if (min == null || max == null || min.signum() < 0 || max.compareTo(min) <= 0) {
            throw new IllegalArgumentException("a pick face's minimum is zero or more and below its maximum, got " + min + " and " + max);
        }
    }
}
