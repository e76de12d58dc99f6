package dev.depot.server.waves;

import dev.depot.model.ids.UuidV7;
import dev.depot.server.fulfillment.Fulfillment;
import dev.depot.server.fulfillment.PickTask;
import dev.depot.server.identity.UserAccount;
import dev.depot.server.identity.Users;
import dev.depot.server.inventory.LocationType;
import dev.depot.model.identity.Role;
import dev.depot.server.platform.Ids;
import dev.depot.server.platform.ProblemException;
import dev.depot.server.platform.ProblemType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The waves capability: plans the orders waiting at a warehouse into waves ({@link WavePlanner}),
 * opens the wave the orders are released into, hands a wave to a picker, and tells how far each
 * wave on the floor has got.
 */
public final class Waves {

    /** Stock a picker can be sent to: in a storage bin of the warehouse, not on hold; see {@link #pickZones}. */
    private static final String ZONES = "select b.itemId, l.zone from StockBalance b, Location l where b.locationId = l.id "
            + "and l.warehouseId = :w and l.type = :storage and b.heldSince is null and b.quantity > 0";

    private final Clock clock;
    private final Fulfillment fulfillment;
    private final WavePlanner planner;

    public Waves(Clock clock, Fulfillment fulfillment, WavePlanner planner) {
        this.clock = clock;
        this.fulfillment = fulfillment;
        this.planner = planner;
    }

    /** The orders waiting for release at the warehouse (open, not on hold, something reserved), planned into waves. */
    public List<WavePlanner.PlannedWave> plan(EntityManager em, UUID warehouseId) {
        return planner.plan(openLines(em, warehouseId));
    }

    /**
     * The plan in the order to release it, with when each wave would be picked by the warehouse's
     * active pickers after the picks already on the floor, against its carrier's cut-off ({@code now}
     * is the time of day where the cut-offs are kept).
     */
    public Schedule schedule(EntityManager em, UUID warehouseId, LocalTime now) {
        int onTheFloor = (int) fulfillment.tasksOnTheFloor(em, warehouseId).stream().filter(PickTask::isOpen).count();
        int pickers = new Users(em).inWarehouse(warehouseId, Role.PICKER).size();
        return new Schedule(planner.schedule(plan(em, warehouseId), now, onTheFloor, pickers), pickers, onTheFloor,
                planner.linesPerPickerHour());
    }

    /** The waves to release, in order and timed, and what the times assume. */
    public record Schedule(List<WavePlanner.ScheduledWave> waves, int pickers, int linesOnTheFloor, int linesPerPickerHour) {
    }

    /**
     * A new wave for these orders, in this order (the first gets tote 1); the caller releases them
     * into it. Its header says what they share: the most urgent priority, the carrier if they all go
     * with one, the zone most of their lines are picked in; {@code releasedBy} is the person's name.
     */
    public Wave open(EntityManager em, UUID warehouseId, List<WaveOrder> orders, String releasedBy) {
        Priority priority = orders.stream().map(WaveOrder::priority).min(Priority::compareTo).orElseThrow();
        List<String> carriers = orders.stream().map(WaveOrder::carrierCode).distinct().toList();
        List<UUID> items = orders.stream().flatMap(o -> o.itemIds().stream()).toList();
        Map<UUID, String> zones = pickZones(em, warehouseId, items);
        String zone = WavePlanner.mainZone(items.stream().map(zones::get).toList());
        long next = ((Number) em.createNativeQuery("SELECT nextval('wave_number')").getSingleResult()).longValue();
        Wave wave = new Wave(UuidV7.next(), "W-%06d".formatted(next), warehouseId,
                new Wave.Header(priority, carriers.size() == 1 ? carriers.getFirst() : null, zone, orders.size()),
                releasedBy, clock.instant());
        em.persist(wave);
        return wave;
    }

    /** What an order brings to a wave's header. */
    public record WaveOrder(Priority priority, String carrierCode, List<UUID> itemIds) {
    }

    /**
     * Hands a wave on the floor to a picker of its warehouse (null: to any of them); the tasks on the
     * handhelds follow. Picks already made stand whoever made them.
     */
    public Wave assign(EntityManager em, UUID waveId, UserAccount picker, UUID supervisorWarehouse) {
        Wave wave = Optional.ofNullable(em.find(Wave.class, waveId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new ProblemException(ProblemType.UNKNOWN_REFERENCE, "wave " + waveId + " does not exist"));
        if (supervisorWarehouse != null && !supervisorWarehouse.equals(wave.warehouseId())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "wave " + wave.number() + " belongs to another warehouse than yours");
        }
        if (picker != null && (picker.role() != Role.PICKER || !wave.warehouseId().equals(picker.warehouseId()) || !picker.isActive())) {
            throw ProblemException.invalid("picker", "only an active picker of the wave's warehouse can take it, and "
                    + picker.displayName() + " is not one");
        }
        wave.assign(picker == null ? null : picker.id());
        fulfillment.assignWave(em, wave.id(), picker == null ? null : picker.id(), picker == null ? null : picker.displayName());
        return wave;
    }

    /** The waves whose tasks are on the floor at the warehouse (released, not yet shipped), oldest first, with their progress. */
    public List<WaveProgress> onTheFloor(EntityManager em, UUID warehouseId) {
        Map<UUID, List<PickTask>> tasks = fulfillment.tasksOnTheFloor(em, warehouseId).stream()
                .filter(t -> t.waveId() != null)
                .collect(Collectors.groupingBy(PickTask::waveId, LinkedHashMap::new, Collectors.toList()));
        if (tasks.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select w from Wave w where w.id in :ids order by w.releasedAt, w.number", Wave.class)
                .setParameter("ids", tasks.keySet()).getResultList().stream()
                .map(w -> WaveProgress.of(w, tasks.get(w.id())))
                .toList();
    }

    public Carrier addCarrier(EntityManager em, String code, String name, LocalTime cutoff) {
        Carrier carrier = new Carrier(code, name, cutoff);
        em.persist(carrier);
        return carrier;
    }

    public Optional<Carrier> carrier(EntityManager em, String code) {
        return Optional.ofNullable(em.find(Carrier.class, code));
    }

    public List<Carrier> carriers(EntityManager em) {
        return em.createQuery("select c from Carrier c order by c.cutoff, c.code", Carrier.class).getResultList();
    }

    /** Every reserved line of the orders waiting at the warehouse, with the zone its item is picked from. */
    private static List<WavePlanner.OpenLine> openLines(EntityManager em, UUID warehouseId) {
        Map<UUID, String> zones = pickZones(em, warehouseId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT o.id, o.number, o.customer_name, o.priority, o.carrier_code, c.name, c.cutoff, o.placed_at,
                               l.item_id, l.reserved
                        FROM sales_order o
                        JOIN order_line l ON l.order_id = o.id
                        LEFT JOIN carrier c ON c.code = o.carrier_code
                        WHERE o.warehouse_id = ? AND o.status = 'OPEN' AND l.reserved > 0
                        ORDER BY o.placed_at, o.id, l.line_number""")
                .setParameter(1, warehouseId).getResultList();
        return rows.stream().map(r -> new WavePlanner.OpenLine(Ids.fromColumn(r[0]), (String) r[1], (String) r[2], Priority.valueOf((String) r[3]),
                (String) r[4], (String) r[5], time(r[6]), instant(r[7]), zones.get(Ids.fromColumn(r[8])), decimal(r[9]))).toList();
    }

    /**
     * Where each item is picked at the warehouse: the zone of the first bin along the pick path that
     * holds it and is not on hold, which is where its pick tasks will send the picker first.
     */
    private static Map<UUID, String> pickZones(EntityManager em, UUID warehouseId) {
        return zones(em.createQuery(ZONES + " order by l.walkSequence desc", Object[].class), warehouseId);
    }

    /** The same, for these items only: what a wave of a few orders needs to know. */
    private static Map<UUID, String> pickZones(EntityManager em, UUID warehouseId, Collection<UUID> itemIds) {
        return zones(em.createQuery(ZONES + " and b.itemId in :items order by l.walkSequence desc", Object[].class)
                .setParameter("items", itemIds), warehouseId);
    }

    private static Map<UUID, String> zones(TypedQuery<Object[]> query, UUID warehouseId) {
        Map<UUID, String> zones = new HashMap<>();
        query.setParameter("w", warehouseId).setParameter("storage", LocationType.STORAGE).getResultList().forEach(r -> zones.put((UUID) r[0], (String) r[1])); // the last put, along the path the first, wins
        return zones;
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Timestamp t -> t.toInstant();
            case OffsetDateTime o -> o.toInstant();
            case Instant i -> i;
            default -> throw new IllegalStateException("not a timestamp: " + value.getClass());
        };
    }

    private static LocalTime time(Object value) {
        return switch (value) {
            case null -> null;
            case Time t -> t.toLocalTime();
            case LocalTime l -> l;
            default -> throw new IllegalStateException("not a time of day: " + value.getClass());
        };
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(Objects.toString(value));
    }
}
