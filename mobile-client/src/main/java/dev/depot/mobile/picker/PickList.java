package dev.depot.mobile.picker;

import dev.depot.model.views.PickTaskStatus;
import dev.depot.model.views.PickTaskView;
import dev.depot.model.views.Replica;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The picker's tasks in the warehouse, in walk order, with the ones still to pick. */
record PickList(List<PickTaskView> tasks) {

    static PickList of(Replica replica, UUID warehouseId) {
        return new PickList(replica.all(PickTaskView.class)
                .filter(t -> warehouseId == null || warehouseId.equals(t.warehouseId()))
                .filter(t -> t.status() != PickTaskStatus.CANCELLED)
                .sorted(Comparator.comparingInt(PickTaskView::walkSequence).thenComparing(PickTaskView::binCode))
                .toList());
    }

    List<PickTaskView> open() {
        return tasks.stream().filter(t -> t.status() == PickTaskStatus.OPEN).toList();
    }

    /** The first open task along the path. */
    Optional<PickTaskView> next() {
        return open().stream().findFirst();
    }

    /** The next open task further along the path than this one, else any left behind. */
    Optional<PickTaskView> nextAfter(PickTaskView done) {
        List<PickTaskView> open = open().stream().filter(t -> !t.id().equals(done.id())).toList();
        return open.stream().filter(t -> t.walkSequence() > done.walkSequence()).findFirst()
                .or(() -> open.stream().findFirst());
    }
}
