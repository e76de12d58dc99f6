package dev.depot.server.waves;

import dev.depot.model.views.PickTaskStatus;
import dev.depot.server.fulfillment.PickTask;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * How far a wave on the floor has got: tasks done of all, short picks, eaches picked of those asked
 * for, and how many tasks each picker has done in it.
 */
public record WaveProgress(Wave wave, int tasks, int done, int shorts, BigDecimal units, BigDecimal picked,
                           Map<UUID, Long> donePerPicker) {

    public WaveProgress {
        donePerPicker = Map.copyOf(donePerPicker);
    }

    static WaveProgress of(Wave wave, List<PickTask> tasks) {
        return new WaveProgress(wave, tasks.size(),
                (int) tasks.stream().filter(t -> !t.isOpen()).count(),
                (int) tasks.stream().filter(t -> t.status() == PickTaskStatus.SHORT).count(),
                tasks.stream().map(PickTask::quantity).reduce(BigDecimal.ZERO, BigDecimal::add),
                tasks.stream().map(PickTask::pickedQuantity).reduce(BigDecimal.ZERO, BigDecimal::add),
                tasks.stream().filter(t -> !t.isOpen()).map(PickTask::pickedBy).filter(Objects::nonNull)
                        .collect(Collectors.groupingBy(p -> p, Collectors.counting())));
    }

    public State state() {
        return done == 0 ? State.WAITING : done < tasks ? State.PICKING : State.PICKED;
    }

    /** Where a wave stands on the floor. */
    public enum State {
        WAITING("Waiting"), PICKING("Picking"), PICKED("Picked");

        private final String title;

        State(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }
}
