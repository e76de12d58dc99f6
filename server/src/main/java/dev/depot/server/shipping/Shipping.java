package dev.depot.server.shipping;

import dev.depot.model.gs1.Sscc;
import dev.depot.model.ids.UuidV7;
import dev.depot.server.platform.ProblemException;
import dev.depot.server.waves.Carrier;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The shipping capability: cartons packed at the pack station, each numbered with an SSCC from the
 * distributor's GS1 company prefix, and the shipment that takes an order's cartons away. What may go
 * into a carton (picked, not yet packed) is the orders capability's call; this one keeps the cartons.
 */
public final class Shipping {

    /** The SSCC extension digit Depot numbers cartons with (GS1 leaves its meaning to the shipper). */
    private static final int CARTON_EXTENSION = 0;

    private final Clock clock;
    private final String companyPrefix;

    public Shipping(Clock clock, String companyPrefix) {
        Sscc.of(CARTON_EXTENSION, companyPrefix, 0); // a prefix that cannot number a carton stops the server at start
        this.clock = clock;
        this.companyPrefix = companyPrefix;
    }

    /** So many of an order line's item. */
    public record Content(UUID orderLineId, UUID itemId, String sku, String itemName, BigDecimal quantity) {
    }

    /** A carton for an order: what goes in, and what it weighs (null: not weighed). */
    public record PackRequest(UUID orderId, String orderNumber, UUID warehouseId, List<Content> contents, BigDecimal weightKg) {

        public PackRequest {
            contents = List.copyOf(contents);
        }
    }

    /** Who packed or shipped. */
    public record Packer(UUID userId, String name) {
    }

    /**
     * How an order leaves: the carrier (null: the order's own), the carrier's tracking number and who
     * took the goods (both optional: an own truck has no tracking number).
     */
    public record Handover(String carrierCode, String trackingNumber, String handedTo) {

        public static final Handover AS_ORDERED = new Handover(null, null, null);

        public Handover {
            carrierCode = blankToNull(carrierCode);
            trackingNumber = blankToNull(trackingNumber);
            handedTo = blankToNull(handedTo);
        }

        public Handover withCarrier(String carrier) {
            return carrierCode != null ? this : new Handover(carrier, trackingNumber, handedTo);
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }

    public Carton pack(EntityManager em, PackRequest request, Packer packer) {
        long serial = ((Number) em.createNativeQuery("SELECT nextval('sscc_serial')").getSingleResult()).longValue();
        int number = em.createQuery("select coalesce(max(c.number), 0) from Carton c where c.orderId = :order", Integer.class)
                .setParameter("order", request.orderId()).getSingleResult() + 1;
        Carton carton = new Carton(UuidV7.next(), Sscc.of(CARTON_EXTENSION, companyPrefix, serial), request, number, packer,
                clock.instant());
        request.contents().forEach(content -> carton.add(new CartonLine(UuidV7.next(), carton, content)));
        em.persist(carton);
        return carton;
    }

    /** An order's cartons, in the order they were packed. */
    public List<Carton> cartons(EntityManager em, UUID orderId) {
        return em.createQuery("select c from Carton c where c.orderId = :order order by c.number", Carton.class)
                .setParameter("order", orderId).getResultList();
    }

    public Optional<Carton> carton(EntityManager em, Sscc sscc) {
        return em.createQuery("select c from Carton c where c.sscc = :sscc", Carton.class).setParameter("sscc", sscc.digits())
                .getResultStream().findFirst();
    }

    /** How much of each order line is in a carton already. */
    public Map<UUID, BigDecimal> packedPerLine(EntityManager em, UUID orderId) {
        Map<UUID, BigDecimal> packed = new HashMap<>();
        cartons(em, orderId).forEach(carton -> carton.lines().forEach(l -> packed.merge(l.orderLineId(), l.quantity(), BigDecimal::add)));
        return packed;
    }

    /** The order's cartons leave: with a carrier Depot knows, a tracking number of up to 60 and a name of up to 120 characters. */
    public Shipment ship(EntityManager em, UUID orderId, Handover handover, String shippedBy) {
        if (handover.carrierCode() != null && em.find(Carrier.class, handover.carrierCode()) == null) {
            throw ProblemException.invalid("carrierCode", "no carrier has the code " + handover.carrierCode());
        }
        if (handover.trackingNumber() != null && handover.trackingNumber().length() > 60) {
            throw ProblemException.invalid("trackingNumber", "a tracking number has at most 60 characters");
        }
        if (handover.handedTo() != null && handover.handedTo().length() > 120) {
            throw ProblemException.invalid("handedTo", "the name of who took the goods has at most 120 characters");
        }
        Shipment shipment = new Shipment(UuidV7.next(), orderId, handover, cartons(em, orderId).size(), shippedBy, clock.instant());
        em.persist(shipment);
        return shipment;
    }

    public Optional<Shipment> shipment(EntityManager em, UUID orderId) {
        return em.createQuery("select s from Shipment s where s.orderId = :order", Shipment.class).setParameter("order", orderId)
                .getResultStream().findFirst();
    }
}
