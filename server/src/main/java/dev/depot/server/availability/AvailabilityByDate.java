package dev.depot.server.availability;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Available to promise by date for one item in one warehouse, with the parts it is made of, so a
 * person can follow it: sellable on hand, minus what open orders reserved, plus what is in receiving
 * waiting for putaway, is available today; each purchase order line still due adds its outstanding
 * quantity from its due date on (a late one from today), and so does each transfer from another warehouse. Stock on hold (waiting for a count) and in
 * quarantine is shown but never promised.
 */
public record AvailabilityByDate(LocalDate today, BigDecimal onHand, BigDecimal reserved, BigDecimal inReceiving, BigDecimal onHold,
                                 BigDecimal inQuarantine, List<Inbound> inbound, List<Day> days) {

    /** Goods due on a purchase order or a transfer from another warehouse: when, on which (its number), how many are still to come. */
    public record Inbound(LocalDate due, String document, BigDecimal quantity) {

        public boolean lateOn(LocalDate day) {
            return due.isBefore(day);
        }
    }

    /** What can be promised for a day: today's figure, then one for each day inbound goods are due. */
    public record Day(LocalDate date, BigDecimal available) {
    }

    /** The parts of today's stock: sellable on hand, reserved, in receiving, on hold, in quarantine. */
    public record Parts(BigDecimal onHand, BigDecimal reserved, BigDecimal inReceiving, BigDecimal onHold, BigDecimal inQuarantine) {
    }

    public static AvailabilityByDate of(LocalDate today, Parts parts, List<Inbound> inbound) {
        BigDecimal available = parts.onHand().subtract(parts.reserved()).add(parts.inReceiving());
        SortedMap<LocalDate, BigDecimal> later = new TreeMap<>();
        for (Inbound due : inbound) {
            if (due.due().isAfter(today)) {
                later.merge(due.due(), due.quantity(), BigDecimal::add);
            } else {
                available = available.add(due.quantity()); // due today, or late: counted from today
            }
        }
        List<Day> days = new ArrayList<>(List.of(new Day(today, available)));
        for (Map.Entry<LocalDate, BigDecimal> day : later.entrySet()) {
            available = available.add(day.getValue());
            days.add(new Day(day.getKey(), available));
        }
        return new AvailabilityByDate(today, parts.onHand(), parts.reserved(), parts.inReceiving(), parts.onHold(), parts.inQuarantine(),
                inbound.stream().sorted(Comparator.comparing(Inbound::due).thenComparing(Inbound::document)).toList(),
                List.copyOf(days));
    }
}
