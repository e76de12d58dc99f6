package dev.depot.model.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.model.changes.EntityKey;
import dev.depot.model.views.PutawayRule;
import dev.depot.model.views.PutawayTaskView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PutAwayTest {

    private static final PutawayTaskView TASK = new PutawayTaskView(UUID.randomUUID(), UUID.randomUUID(), "PO-000007", UUID.randomUUID(),
            "GLV-100", "9506000134352", "Nitrile gloves", "LOT-7", null, "RCV-01", new BigDecimal("48"), BigDecimal.ZERO, "A-01-2",
            PutawayRule.PICK_FACE, Instant.parse("2026-11-23T09:00:00Z"));
    private static final EntityKey KEY = new EntityKey(PutawayTaskView.TYPE, TASK.id());

    @Test
    void aPutawayIntoTheSuggestedBinNeedsNoReasonAndIsAPhysicalFact() {
        PutAway putaway = new PutAway(TASK.id(), "A-01-2", new BigDecimal("48"), null);

        assertThat(putaway.violations()).isEmpty();
        assertThat(putaway.isPhysicalFact()).isTrue();
    }

    @Test
    void eachBadFieldIsNamed() {
        assertThat(new PutAway(null, " ", BigDecimal.ZERO, null).violations()).extracting(Violation::field)
                .containsExactly("taskId", "binCode", "quantity");
        assertThat(new PutAway(TASK.id(), "A-01-2", new BigDecimal("-2"), PutawayOverride.BIN_FULL).violations())
                .containsExactly(new Violation("quantity", "must be more than zero, got -2"));
        assertThat(new PutAway(TASK.id(), "B".repeat(41), new BigDecimal("1.0005"), null).violations())
                .containsExactly(new Violation("binCode", "has at most 40 characters, got 41"),
                        new Violation("quantity", "has at most 3 decimals, got 1.0005"));
    }

    @Test
    void aPartNotYetSentComesOffTheTaskAndTheRestStillShows() {
        Rebase.LocalState local = Rebase.apply(Map.of(KEY, TASK), List.of(pending(new PutAway(TASK.id(), "A-01-2", new BigDecimal("30"), null))));

        assertThat(local.replica().find(PutawayTaskView.class, PutawayTaskView.TYPE, TASK.id())).hasValueSatisfying(task -> {
            assertThat(task.remaining()).isEqualByComparingTo("18");
            assertThat(task.isDone()).isFalse();
        });
        assertThat(local.pending()).containsExactly(KEY);
    }

    @Test
    void puttingAwayMoreThanTheTaskSaidLeavesNothingToDoAndNeverANegativeRest() {
        Rebase.LocalState local = Rebase.apply(Map.of(KEY, TASK), List.of(
                pending(new PutAway(TASK.id(), "A-01-2", new BigDecimal("40"), null)),
                pending(new PutAway(TASK.id(), "A-02-1", new BigDecimal("12"), PutawayOverride.BIN_FULL))));

        assertThat(local.replica().find(PutawayTaskView.class, PutawayTaskView.TYPE, TASK.id())).hasValueSatisfying(task -> {
            assertThat(task.putAway()).isEqualByComparingTo("52");
            assertThat(task.remaining()).isZero();
            assertThat(task.isDone()).isTrue();
        });
    }

    @Test
    void aPutawayOfATaskTheDeviceNoLongerHoldsChangesNoView() {
        Rebase.LocalState local = Rebase.apply(Map.of(), List.of(pending(new PutAway(TASK.id(), "A-01-2", BigDecimal.ONE, null))));

        assertThat(local.views()).isEmpty();
        assertThat(local.pending()).isEmpty();
    }

    private static Rebase.Pending pending(DeviceCommand command) {
        return new Rebase.Pending(command, UUID.randomUUID(), Instant.now());
    }
}
