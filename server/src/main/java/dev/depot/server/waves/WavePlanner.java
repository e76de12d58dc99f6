package dev.depot.server.waves;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Groups the orders waiting for the warehouse into waves: rush orders first, then by the carrier that
 * collects soonest, then by the zone most of an order's lines are picked in, oldest orders first
 * within each. A wave is one cart: at most {@code totesPerCart} orders (one tote each) and
 * {@code maxLines} lines, so one picker walks it in one pass. An order larger than that is a wave of
 * its own. Pure: the same lines always give the same waves.
 *
 * <p>A plan is then scheduled against the floor's pick capacity ({@code linesPerPickerHour} per picker
 * on shift): each wave is estimated to be picked after the work already on the floor and the waves
 * before it, and checked against its carrier's cut-off today.
 */
public record WavePlanner(int totesPerCart, int maxLines, int linesPerPickerHour) {

    public static final WavePlanner DEFAULT = new WavePlanner(8, 40, 60);
    private static final int MINUTES_PER_DAY = 24 * 60;

    private static final Comparator<Group> GROUP_ORDER = Comparator.comparing(Group::priority)
            .thenComparing(Group::cutoff, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Group::carrierCode, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Group::zone, Comparator.nullsLast(Comparator.naturalOrder()));
    private static final Comparator<PlannedOrder> OLDEST_FIRST = Comparator.comparing(PlannedOrder::placedAt)
            .thenComparing(PlannedOrder::number);

    public WavePlanner {
        if (totesPerCart < 1 || maxLines < 1) {
            throw new IllegalArgumentException("a wave holds at least one order and one line");
        }
        if (linesPerPickerHour < 1) {
            throw new IllegalArgumentException("a picker picks at least one line an hour");
        }
    }

    /** One reserved line of an order waiting for release, with the zone its stock is picked from (null: no zone). */
    public record OpenLine(UUID orderId, String orderNumber, String customerName, Priority priority, String carrierCode,
                           String carrierName, LocalTime cutoff, Instant placedAt, String zone, BigDecimal quantity) {
    }

    /** An order as planned: the zone most of its lines are picked in. */
    public record PlannedOrder(UUID orderId, String number, String customerName, Instant placedAt, int lines, BigDecimal units,
                               String zone) {
    }

    /** A cart's worth of orders that share priority, carrier and zone, in tote order. */
    public record PlannedWave(Priority priority, String carrierCode, String carrierName, LocalTime cutoff, String zone,
                              List<PlannedOrder> orders) {

        public PlannedWave {
            orders = List.copyOf(orders);
        }

        public int lines() {
            return orders.stream().mapToInt(PlannedOrder::lines).sum();
        }

        public BigDecimal units() {
            return orders.stream().map(PlannedOrder::units).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public List<UUID> orderIds() {
            return orders.stream().map(PlannedOrder::orderId).toList();
        }
    }

    /** Whether a wave makes its carrier's collection today, if released in the order scheduled. */
    public enum Timing {
        /** Picked before the cut-off. */
        IN_TIME,
        /** Picked, at the floor's pace, only after the cut-off: release it sooner, or add pickers. */
        MISSES_CUTOFF,
        /** The cut-off has passed: it goes with the next collection, after the waves that can still make theirs. */
        CUTOFF_PASSED,
        /** No carrier collects at a set time. */
        NO_CUTOFF,
        /** No picker works in the warehouse: nothing is picked until one does. */
        NO_PICKERS
    }

    /** A planned wave with when it would be picked ({@code pickedBy}: null when not today) and what that means for its cut-off. */
    public record ScheduledWave(PlannedWave wave, LocalTime pickedBy, Timing timing) {
    }

    /**
     * The plan in the order to release it, each wave with when it would be picked: waves whose cut-off
     * has passed move after the rest (rush ones stay first), and the waves are picked one after the
     * other by {@code pickers} pickers, after the {@code linesOnTheFloor} lines already released.
     */
    public List<ScheduledWave> schedule(List<PlannedWave> plan, LocalTime now, int linesOnTheFloor, int pickers) {
        List<PlannedWave> ordered = plan.stream()
                .sorted(Comparator.comparing((PlannedWave w) -> w.priority() != Priority.RUSH && passed(w.cutoff(), now)))
                .toList();
        List<ScheduledWave> scheduled = new ArrayList<>();
        int lines = linesOnTheFloor;
        for (PlannedWave wave : ordered) {
            lines += wave.lines();
            if (pickers < 1) {
                scheduled.add(new ScheduledWave(wave, null, Timing.NO_PICKERS));
                continue;
            }
            long minute = now.toSecondOfDay() / 60 + Math.ceilDiv(lines * 60L, (long) pickers * linesPerPickerHour);
            LocalTime pickedBy = minute < MINUTES_PER_DAY ? LocalTime.ofSecondOfDay(minute * 60) : null;
            Timing timing = wave.cutoff() == null ? Timing.NO_CUTOFF
                    : passed(wave.cutoff(), now) ? Timing.CUTOFF_PASSED
                    : pickedBy != null && !pickedBy.isAfter(wave.cutoff()) ? Timing.IN_TIME : Timing.MISSES_CUTOFF;
            scheduled.add(new ScheduledWave(wave, pickedBy, timing));
        }
        return scheduled;
    }

    private static boolean passed(LocalTime cutoff, LocalTime now) {
        return cutoff != null && !cutoff.isAfter(now);
    }

    private record Group(Priority priority, LocalTime cutoff, String carrierCode, String carrierName, String zone) {
    }

    public List<PlannedWave> plan(List<OpenLine> lines) {
        Map<UUID, List<OpenLine>> byOrder = lines.stream().collect(Collectors.groupingBy(OpenLine::orderId, LinkedHashMap::new,
                Collectors.toList()));
        Map<Group, List<PlannedOrder>> groups = new TreeMap<>(GROUP_ORDER);
        for (List<OpenLine> orderLines : byOrder.values()) {
            OpenLine first = orderLines.getFirst();
            String zone = mainZone(orderLines.stream().map(OpenLine::zone).toList());
            groups.computeIfAbsent(new Group(first.priority(), first.cutoff(), first.carrierCode(), first.carrierName(), zone),
                    g -> new ArrayList<>()).add(new PlannedOrder(first.orderId(), first.orderNumber(), first.customerName(),
                    first.placedAt(), orderLines.size(), orderLines.stream().map(OpenLine::quantity).reduce(BigDecimal.ZERO,
                    BigDecimal::add), zone));
        }
        List<PlannedWave> waves = new ArrayList<>();
        groups.forEach((group, orders) -> waves.addAll(carts(group, orders.stream().sorted(OLDEST_FIRST).toList())));
        return waves;
    }

    /** The group's orders, oldest first, filled onto carts one after the other. */
    private List<PlannedWave> carts(Group group, List<PlannedOrder> orders) {
        List<PlannedWave> waves = new ArrayList<>();
        List<PlannedOrder> cart = new ArrayList<>();
        int cartLines = 0;
        for (PlannedOrder order : orders) {
            if (!cart.isEmpty() && (cart.size() == totesPerCart || cartLines + order.lines() > maxLines)) {
                waves.add(wave(group, cart));
                cart = new ArrayList<>();
                cartLines = 0;
            }
            cart.add(order);
            cartLines += order.lines();
        }
        if (!cart.isEmpty()) {
            waves.add(wave(group, cart));
        }
        return waves;
    }

    private static PlannedWave wave(Group group, List<PlannedOrder> orders) {
        return new PlannedWave(group.priority(), group.carrierCode(), group.carrierName(), group.cutoff(), group.zone(), orders);
    }

    /** The zone most lines are picked in (null: none has a zone); a tie goes to the zone first in the alphabet. */
    static String mainZone(List<String> lineZones) {
        Map<String, Long> perZone = lineZones.stream().filter(Objects::nonNull)
                .collect(Collectors.groupingBy(zone -> zone, TreeMap::new, Collectors.counting()));
        return perZone.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
    }
}
