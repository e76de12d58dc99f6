package dev.depot.server.replenishment;

import dev.depot.server.inventory.PickFaceLevels;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Min/max replenishment of one pick face, as a pure function. The face counts what it holds plus
 * what is already on its way; at its minimum or below it is topped up to its maximum from reserve
 * bins, counting only their free stock (not promised to picks or to other replenishments). One trip
 * when one bin can fill it (the nearest such bin); otherwise the fullest bins first, so as few trips
 * as possible. Less than the gap when the reserve has less; nothing when there is none.
 */
public final class ReplenishmentPlan {

    private ReplenishmentPlan() {
    }

    /** A pick face's state: what it holds, what is on its way to it, and its levels. */
    public record Face(BigDecimal holds, BigDecimal incoming, PickFaceLevels levels) {
    }

    /** A reserve bin and the stock in it free to move. */
    public record Source(UUID binId, String code, int walkSequence, BigDecimal free) {
    }

    /** So many to take from a reserve bin. */
    public record Take(Source from, BigDecimal quantity) {
    }

    public static List<Take> takes(Face face, List<Source> reserve) {
        BigDecimal level = face.holds().add(face.incoming());
        if (level.compareTo(face.levels().min()) > 0) {
            return List.of();
        }
        BigDecimal gap = face.levels().max().subtract(level);
        List<Source> withStock = reserve.stream().filter(s -> s.free().signum() > 0).toList();
        List<Source> oneTrip = withStock.stream().filter(s -> s.free().compareTo(gap) >= 0)
                .sorted(Comparator.comparingInt(Source::walkSequence).thenComparing(Source::code)).limit(1).toList();
        if (!oneTrip.isEmpty()) {
            return List.of(new Take(oneTrip.getFirst(), gap));
        }
        List<Take> takes = new ArrayList<>();
        BigDecimal left = gap;
        for (Source source : withStock.stream().sorted(Comparator.comparing(Source::free).reversed()
                .thenComparingInt(Source::walkSequence)).toList()) {
            if (left.signum() == 0) {
                break;
            }
            BigDecimal take = source.free().min(left);
            takes.add(new Take(source, take));
            left = left.subtract(take);
        }
        return takes;
    }
}
