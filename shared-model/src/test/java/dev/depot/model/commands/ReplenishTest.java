package dev.depot.model.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.model.changes.EntityKey;
import dev.depot.model.views.ReplenishmentTaskView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReplenishTest {

    private static final ReplenishmentTaskView TASK = new ReplenishmentTaskView(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
            "GLV-100", "09506000134352", "Nitrile gloves", "D-07-1", 70, "A-01-3", new BigDecimal("24"), BigDecimal.ZERO,
            Instant.parse("2026-11-23T09:40:00Z"));

    @Test
    void aScannedMoveHasNoViolationsAndIsAPhysicalFact() {
        Replenish moved = new Replenish(TASK.id(), "D-07-1", "09506000134352", "A-01-3", new BigDecimal("24"));

        assertThat(moved.violations()).isEmpty();
        assertThat(moved.isPhysicalFact()).isTrue();
    }

    @Test
    void eachBadFieldIsNamed() {
        assertThat(new Replenish(null, " ", null, "B".repeat(41), BigDecimal.ZERO).violations()).extracting(Violation::field)
                .containsExactly("taskId", "fromBinCode", "itemCode", "toBinCode", "quantity");
    }

    @Test
    void aMoveNotYetSentComesOffItsTaskAndAFullMoveFinishesIt() {
        EntityKey key = new EntityKey(ReplenishmentTaskView.TYPE, TASK.id());
        Replenish part = new Replenish(TASK.id(), "D-07-1", "GLV-100", "A-01-3", new BigDecimal("10"));

        Rebase.LocalState once = Rebase.apply(Map.of(key, TASK), List.of(pending(part)));
        Rebase.LocalState twice = Rebase.apply(Map.of(key, TASK), List.of(pending(part), pending(
                new Replenish(TASK.id(), "D-07-1", "GLV-100", "A-01-3", new BigDecimal("14")))));

        assertThat(once.replica().find(ReplenishmentTaskView.class, ReplenishmentTaskView.TYPE, TASK.id()).orElseThrow().remaining())
                .isEqualByComparingTo("14");
        assertThat(twice.replica().find(ReplenishmentTaskView.class, ReplenishmentTaskView.TYPE, TASK.id()).orElseThrow().isDone())
                .isTrue();
        assertThat(twice.pending()).containsExactly(key);
    }

    private static Rebase.Pending pending(DeviceCommand command) {
        return new Rebase.Pending(command, UUID.randomUUID(), Instant.now());
    }
}
