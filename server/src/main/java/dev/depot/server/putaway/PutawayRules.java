package dev.depot.server.putaway;

import dev.depot.model.views.PutawayRule;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Where received goods should go, by rules tried in order: the item's fixed pick face, a bin that
 * already holds the item, the nearest empty bin in a zone where the item is kept, the nearest empty
 * bin anywhere. Only bins with room for all of it are suggested, and never a bin with stock on hold
 * (it waits for a count) or another item's pick face. Nearest means first along the walk from the dock.
 */
final class PutawayRules {

    private PutawayRules() {
    }

    /**
     * A storage bin as putaway sees it: its rules, and what it holds or is promised (open putaways
     * suggested into it), all items together.
     *
     * @param holdsItem whether the bin holds the item, or an open putaway of it is headed there
     * @param onHold    whether any stock in the bin is on hold for a count
     */
    record Bin(UUID id, String code, int walkSequence, String zone, BigDecimal capacity, UUID pickFaceItemId, BigDecimal occupied,
               boolean holdsItem, boolean onHold) {

        boolean hasRoomFor(BigDecimal quantity) {
            return capacity == null || capacity.subtract(occupied).compareTo(quantity) >= 0;
        }

        boolean isEmpty() {
            return occupied.signum() == 0 && !holdsItem;
        }
    }

    record Suggestion(Bin bin, PutawayRule rule) {
    }

    static Optional<Suggestion> suggest(UUID itemId, BigDecimal quantity, List<Bin> bins) {
        List<Bin> open = bins.stream()
                .filter(b -> !b.onHold() && b.hasRoomFor(quantity))
                .filter(b -> b.pickFaceItemId() == null || b.pickFaceItemId().equals(itemId))
                .sorted(Comparator.comparingInt(Bin::walkSequence).thenComparing(Bin::code))
                .toList();
        Set<String> itemZones = bins.stream()
                .filter(b -> itemId.equals(b.pickFaceItemId()) || b.holdsItem())
                .map(Bin::zone).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return first(open, b -> itemId.equals(b.pickFaceItemId()), PutawayRule.PICK_FACE)
                .or(() -> first(open, Bin::holdsItem, PutawayRule.SAME_ITEM))
                .or(() -> first(open, b -> b.pickFaceItemId() == null && b.isEmpty() && itemZones.contains(b.zone()),
                        PutawayRule.EMPTY_IN_ZONE))
                .or(() -> first(open, b -> b.pickFaceItemId() == null && b.isEmpty(), PutawayRule.EMPTY_BIN));
    }

    private static Optional<Suggestion> first(List<Bin> bins, Predicate<Bin> rule, PutawayRule name) {
        return bins.stream().filter(rule).findFirst().map(bin -> new Suggestion(bin, name));
    }
}
