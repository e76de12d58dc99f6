package dev.depot.server.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.model.views.PickTaskStatus;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PickDifferencesTest {

    private static final PickDifferences.Plan FIVE_FROM_A011 = new PickDifferences.Plan(PickTaskStatus.OPEN, "A-01-1", new BigDecimal("5"));

    @Test
    void aPickAsPlannedDiffersInNothing() {
        assertThat(PickDifferences.between(FIVE_FROM_A011, new PickDifferences.Fact("A-01-1", new BigDecimal("5")))).isEmpty();
    }

    @Test
    void aShortPickSaysHowManyWereFound() {
        assertThat(PickDifferences.between(FIVE_FROM_A011, new PickDifferences.Fact("A-01-1", new BigDecimal("3"))))
                .singleElement().satisfies(d -> {
                    assertThat(d.kind()).isEqualTo(ExceptionKind.SHORT_PICK);
                    assertThat(d.expected()).isEqualTo("Pick 5 from A-01-1");
                    assertThat(d.happened()).isEqualTo("Found 3");
                    assertThat(d.note()).isEqualTo("Short pick: 3 of 5 picked");
                });
    }

    @Test
    void aShortPickFromAnotherBinIsTwoDifferences() {
        assertThat(PickDifferences.between(FIVE_FROM_A011, new PickDifferences.Fact("A-02-1", new BigDecimal("2"))))
                .extracting(PickDifference::kind).containsExactly(ExceptionKind.OTHER_BIN, ExceptionKind.SHORT_PICK);
    }

    @Test
    void aPickOfATaskAlreadyDoneIsNeverAlsoShort() {
        PickDifferences.Plan picked = new PickDifferences.Plan(PickTaskStatus.PICKED, "A-01-1", new BigDecimal("5"));

        assertThat(PickDifferences.between(picked, new PickDifferences.Fact("A-01-1", new BigDecimal("1"))))
                .singleElement().satisfies(d -> {
                    assertThat(d.kind()).isEqualTo(ExceptionKind.TASK_ALREADY_DONE);
                    assertThat(d.happened()).isEqualTo("Picked 1 more after the task was picked");
                });
    }
}
