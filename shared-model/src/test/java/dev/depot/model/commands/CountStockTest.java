package dev.depot.model.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.model.changes.EntityKey;
import dev.depot.model.views.CountTaskView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CountStockTest {

    private static final CountTaskView TASK = new CountTaskView(UUID.randomUUID(), UUID.randomUUID(), "A-01-2", 20, UUID.randomUUID(),
            "GLV-100", "9506000134352", "Nitrile gloves", "Asked for by a supervisor", false, null);

    @Test
    void aCountOfNoneIsAnAnswerAndAPhysicalFact() {
        CountStock count = new CountStock(TASK.id(), "A-01-2", "GLV-100", BigDecimal.ZERO);

        assertThat(count.violations()).isEmpty();
        assertThat(count.isPhysicalFact()).isTrue();
    }

    @Test
    void eachBadFieldIsNamed() {
        assertThat(new CountStock(null, "", null, null).violations()).extracting(Violation::field)
                .containsExactly("taskId", "binCode", "itemCode", "counted");
        assertThat(new CountStock(TASK.id(), "A-01-2", "GLV-100", new BigDecimal("-1")).violations())
                .containsExactly(new Violation("counted", "cannot be negative, got -1"));
    }

    @Test
    void aCountNotYetSentShowsTheTaskAsCounted() {
        EntityKey key = new EntityKey(CountTaskView.TYPE, TASK.id());
        Rebase.LocalState local = Rebase.apply(Map.of(key, TASK),
                List.of(new Rebase.Pending(new CountStock(TASK.id(), "A-01-2", "GLV-100", new BigDecimal("7")), UUID.randomUUID(), Instant.now())));

        assertThat(local.replica().find(CountTaskView.class, CountTaskView.TYPE, TASK.id())).hasValueSatisfying(task -> {
            assertThat(task.isCounted()).isTrue();
            assertThat(task.counted()).isEqualByComparingTo("7");
        });
        assertThat(local.pending()).containsExactly(key);
    }
}
