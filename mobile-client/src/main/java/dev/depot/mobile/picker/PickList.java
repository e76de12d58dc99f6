package dev.depot.mobile.picker;

import dev.depot.model.views.PickTaskStatus;
import dev.depot.model.views.PickTaskView;
import dev.depot.model.views.Replica;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The picker's tasks in the warehouse: wave by wave (a wave is one cart, walked once), each along the
 * pick path; the waves a supervisor gave another picker are not this picker's work.
 */
record PickList(List<PickTaskView> tasks) {

    private static final Comparator<PickTaskView> WAVE_THEN_PATH = Comparator
            .comparing((PickTaskView t) -> t.wave() == null ? "" : t.wave().number())
            .thenComparingInt(PickTaskView::walkSequence).thenComparing(PickTaskView::binCode);

    static PickList of(Replica replica, UUID warehouseId, UUID picker) {
        return new PickList(replica.all(PickTaskView.class)
                .filter(t -> warehouseId == null || warehouseId.equals(t.warehouseId()))
                .filter(t -> t.status() != PickTaskStatus.CANCELLED)
                .filter(t -> t.isFor(picker))
                .sorted(WAVE_THEN_PATH)
                .toList());
    }

    List<PickTaskView> open() {
        return tasks.stream().filter(t -> t.status() == PickTaskStatus.OPEN).toList();
    }

    /** The first open task: of the first wave with work left, along the path. */
    Optional<PickTaskView> next() {
        return open().stream().findFirst();
    }

    /** The next open task of the same wave further along the path, else one of it left behind, else the next wave's first. */
    Optional<PickTaskView> nextAfter(PickTaskView done) {
        List<PickTaskView> open = open().stream().filter(t -> !t.id().equals(done.id())).toList();
        List<PickTaskView> sameWave = open.stream().filter(t -> Objects.equals(waveOf(t), waveOf(done))).toList();
        return sameWave.stream().filter(t -> t.walkSequence() > done.walkSequence()).findFirst()
                .or(() -> sameWave.stream().findFirst())
                .or(() -> open.stream().findFirst());
    }

    private static String waveOf(PickTaskView task) {
        return task.wave() == null ? null : task.wave().number();
    }
}
