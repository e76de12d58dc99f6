package dev.depot.server.putaway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.model.views.PutawayRule;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The putaway rules on their own: what they never suggest, and how they break ties. */
class PutawayRulesTest {

    private static final UUID ITEM = UUID.randomUUID();
    private static final UUID OTHER_ITEM = UUID.randomUUID();

    @Test
    void aBinWithStockOnHoldIsNeverSuggestedEvenWhenItHoldsTheItem() {
        PutawayRules.Bin held = bin("A-01", 10, "A", null, null, "4", true, true);
        PutawayRules.Bin empty = bin("A-05", 50, "A", null, null, "0", false, false);

        assertThat(PutawayRules.suggest(ITEM, BigDecimal.TEN, List.of(held, empty)))
                .hasValueSatisfying(s -> {
                    assertThat(s.bin()).isEqualTo(empty);
                    assertThat(s.rule()).isEqualTo(PutawayRule.EMPTY_IN_ZONE);
                });
    }

    @Test
    void anotherItemsPickFaceIsNeverSuggestedEvenWhenEmpty() {
        PutawayRules.Bin othersFace = bin("A-01", 10, "A", null, OTHER_ITEM, "0", false, false);

        assertThat(PutawayRules.suggest(ITEM, BigDecimal.ONE, List.of(othersFace))).isEmpty();
    }

    @Test
    void theNearestAlongTheWalkWinsAndTheCodeBreaksATie() {
        PutawayRules.Bin far = bin("B-01", 90, null, null, null, "0", false, false);
        PutawayRules.Bin second = bin("A-02", 20, null, null, null, "0", false, false);
        PutawayRules.Bin first = bin("A-01", 20, null, null, null, "0", false, false);

        assertThat(PutawayRules.suggest(ITEM, BigDecimal.ONE, List.of(far, second, first)))
                .hasValueSatisfying(s -> assertThat(s.bin()).isEqualTo(first));
    }

    @Test
    void aBinExactlyFullEnoughStillTakesTheGoodsAndOneMoreDoesNot() {
        PutawayRules.Bin face = bin("A-01", 10, "A", "12", ITEM, "7", true, false);

        assertThat(PutawayRules.suggest(ITEM, new BigDecimal("5"), List.of(face))).map(PutawayRules.Suggestion::rule)
                .contains(PutawayRule.PICK_FACE);
        assertThat(PutawayRules.suggest(ITEM, new BigDecimal("6"), List.of(face))).isEmpty();
    }

    private static PutawayRules.Bin bin(String code, int walk, String zone, String capacity, UUID pickFace, String occupied,
                                        boolean holdsItem, boolean onHold) {
        return new PutawayRules.Bin(UUID.randomUUID(), code, walk, zone, capacity == null ? null : new BigDecimal(capacity), pickFace,
                new BigDecimal(occupied), holdsItem, onHold);
    }
}
