package dev.depot.server.replenishment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.depot.server.inventory.PickFaceLevels;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReplenishmentPlanTest {

    private static final PickFaceLevels TEN_TO_FORTY = new PickFaceLevels(BigDecimal.TEN, BigDecimal.valueOf(40));

    @Test
    void aFaceAboveItsMinimumIsLeftAlone() {
        assertThat(ReplenishmentPlan.takes(face(11, 0), List.of(source("B-01", 10, 100)))).isEmpty();
        assertThat(ReplenishmentPlan.takes(face(4, 7), List.of(source("B-01", 10, 100)))).as("what is on its way counts").isEmpty();
    }

    @Test
    void atItsMinimumItIsToppedUpToItsMaximumInOneTripFromTheNearestBinThatHasEnough() {
        List<ReplenishmentPlan.Take> takes = ReplenishmentPlan.takes(face(6, 4),
                List.of(source("B-09", 90, 500), source("B-03", 30, 30), source("B-02", 20, 29)));

        assertThat(takes).extracting(t -> t.from().code(), ReplenishmentPlan.Take::quantity)
                .containsExactly(tuple("B-03", new BigDecimal("30")));
    }

    @Test
    void whenNoBinHasEnoughTheFullestGoFirstAndAShortReserveGivesWhatItHas() {
        List<ReplenishmentPlan.Take> takes = ReplenishmentPlan.takes(face(0, 0),
                List.of(source("B-01", 10, 5), source("B-02", 20, 18), source("B-03", 30, 0), source("B-04", 40, -3)));

        assertThat(takes).extracting(t -> t.from().code(), ReplenishmentPlan.Take::quantity)
                .containsExactly(tuple("B-02", new BigDecimal("18")), tuple("B-01", new BigDecimal("5")));
        assertThat(ReplenishmentPlan.takes(face(0, 0), List.of())).as("no reserve, nothing to do").isEmpty();
    }

    @Test
    void theTakesNeverExceedTheGap() {
        List<ReplenishmentPlan.Take> takes = ReplenishmentPlan.takes(face(2, 0),
                List.of(source("B-01", 10, 20), source("B-02", 20, 20)));

        assertThat(takes).extracting(ReplenishmentPlan.Take::quantity).containsExactly(new BigDecimal("20"), new BigDecimal("18"));
    }

    private static ReplenishmentPlan.Face face(int holds, int incoming) {
        return new ReplenishmentPlan.Face(BigDecimal.valueOf(holds), BigDecimal.valueOf(incoming), TEN_TO_FORTY);
    }

    private static ReplenishmentPlan.Source source(String code, int walkSequence, int free) {
        return new ReplenishmentPlan.Source(UUID.nameUUIDFromBytes(code.getBytes()), code, walkSequence, BigDecimal.valueOf(free));
    }
}
