package dev.depot.server.orders;

import static dev.depot.model.quantity.QuantityPrecision.plain;

import dev.depot.server.audit.Audit;
import dev.depot.server.identity.Caller;
import dev.depot.server.platform.ProblemException;
import dev.depot.server.platform.ProblemType;
import dev.depot.server.shipping.Carton;
import dev.depot.server.shipping.Shipping;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Packing a picked order at the pack station: a carton at a time, each holding some of what was
 * picked and is in no carton yet. Too many of a line, a line of another order or an empty carton
 * packs nothing.
 */
public final class PackOrder {

    private static final BigDecimal HEAVIEST_CARTON_KG = new BigDecimal("1000");

    private final Orders orders;
    private final Shipping shipping;
    private final Audit audit;

    public PackOrder(Orders orders, Shipping shipping, Audit audit) {
        this.orders = orders;
        this.shipping = shipping;
        this.audit = audit;
    }

    /**
     * A carton with so many of each order line, by line number (lines not named, or 0, stay out),
     * weighing {@code weightKg} (null: not weighed).
     */
    public Carton pack(EntityManager em, UUID orderId, Map<Integer, BigDecimal> quantities, BigDecimal weightKg, Caller caller) {
        SalesOrder order = orders.lock(em, orderId);
        if (caller.warehouseId() != null && !caller.warehouseId().equals(order.warehouseId())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "order " + order.number() + " ships from another warehouse than yours");
        }
        order.checkPackable();
        if (weightKg != null && (weightKg.signum() <= 0 || weightKg.compareTo(HEAVIEST_CARTON_KG) > 0)) {
            throw ProblemException.invalid("weightKg", "a carton weighs more than 0 and at most 1000 kg");
        }
        Map<UUID, BigDecimal> unpacked = unpacked(em, order);
        List<Shipping.Content> contents = new ArrayList<>();
        for (Map.Entry<Integer, BigDecimal> wanted : quantities.entrySet()) {
            OrderLine line = order.lines().stream().filter(l -> l.lineNumber() == wanted.getKey()).findFirst()
                    .orElseThrow(() -> ProblemException.invalid("lines", "order " + order.number() + " has no line " + wanted.getKey()));
            BigDecimal quantity = wanted.getValue();
            BigDecimal left = unpacked.getOrDefault(line.id(), BigDecimal.ZERO);
            if (quantity.signum() < 0 || quantity.compareTo(left) > 0) {
                throw ProblemException.invalid("lines", line.sku() + ": " + plain(left) + " picked and not yet packed, not " + plain(quantity));
            }
            if (quantity.signum() > 0) {
                contents.add(content(line, quantity));
            }
        }
        if (contents.isEmpty()) {
            throw ProblemException.invalid("lines", "put at least one item into the carton");
        }
        return packed(em, order, contents, weightKg, caller);
    }

    /** Whatever is picked and in no carton yet goes into one more carton, as the order leaves; empty when all is packed. */
    Optional<Carton> packTheRest(EntityManager em, SalesOrder order, Caller caller) {
        Map<UUID, BigDecimal> unpacked = unpacked(em, order);
        List<Shipping.Content> contents = order.lines().stream().filter(l -> unpacked.get(l.id()).signum() > 0)
                .map(l -> content(l, unpacked.get(l.id()))).toList();
        return contents.isEmpty() ? Optional.empty() : Optional.of(packed(em, order, contents, null, caller));
    }

    private Carton packed(EntityManager em, SalesOrder order, List<Shipping.Content> contents, BigDecimal weightKg, Caller caller) {
        Carton carton = shipping.pack(em, new Shipping.PackRequest(order.id(), order.number(), order.warehouseId(), contents, weightKg),
                new Shipping.Packer(caller.userId(), caller.displayName()));
        String what = "Carton " + carton.number() + " (SSCC " + carton.sscc() + "): " + plain(carton.units()) + " each of "
                + contents.size() + (contents.size() == 1 ? " item" : " items");
        orders.record(em, order, "PACKED", what, caller.actor());
        audit.record(em, caller.actor(), "ORDER_PACKED", order.number(), what);
        return carton;
    }

    /** Per line: picked, less what is in a carton already. */
    private Map<UUID, BigDecimal> unpacked(EntityManager em, SalesOrder order) {
        Map<UUID, BigDecimal> packed = shipping.packedPerLine(em, order.id());
        Map<UUID, BigDecimal> unpacked = new HashMap<>();
        order.lines().forEach(l -> unpacked.put(l.id(), l.picked().subtract(packed.getOrDefault(l.id(), BigDecimal.ZERO))));
        return unpacked;
    }

    private static Shipping.Content content(OrderLine line, BigDecimal quantity) {
        return new Shipping.Content(line.id(), line.itemId(), line.sku(), line.itemName(), quantity);
    }
}
