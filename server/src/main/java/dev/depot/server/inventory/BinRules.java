package dev.depot.server.inventory;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What a storage bin may take, for putaway: the zone it lies in, how many eaches it holds (all items
 * together; none means no limit) and the item it is the fixed pick face of, if any.
 */
public record BinRules(String zone, BigDecimal capacity, UUID pickFaceItemId) {

    public static final BinRules NONE = new BinRules(null, null, null);

    public BinRules {
        if (capacity != null && capacity.signum() <= 0) {
            throw new IllegalArgumentException("a bin's capacity is more than zero, got " + capacity);
        }
    }
}
