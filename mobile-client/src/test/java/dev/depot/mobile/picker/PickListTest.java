package dev.depot.mobile.picker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.mobile.testing.ReplicaSeed;
import dev.depot.model.views.PickTaskStatus;
import dev.depot.model.views.PickTaskView;
import dev.depot.model.views.Replica;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PickListTest {

    @Test
    void tasksFollowTheWalkSequenceAndTheFirstOpenOneIsNext() {
        PickList list = PickList.of(replica(ReplicaSeed.forPicker()), ReplicaSeed.WAREHOUSE);

        assertThat(list.tasks()).extracting(PickTaskView::binCode).containsExactly("A-01-3", "B-02-1", "C-04-2");
        assertThat(list.next()).contains(ReplicaSeed.FIRST_TASK);
    }

    @Test
    void afterAPickTheNextOneIsFurtherAlongThePathThenAnyLeftBehindThenNone() {
        PickList list = PickList.of(replica(ReplicaSeed.forPicker()), ReplicaSeed.WAREHOUSE);
        assertThat(list.nextAfter(ReplicaSeed.FIRST_TASK)).contains(ReplicaSeed.SECOND_TASK);
        assertThat(list.nextAfter(ReplicaSeed.THIRD_TASK)).contains(ReplicaSeed.FIRST_TASK);

        PickList lastOneLeft = PickList.of(replica(ReplicaSeed.forPicker().add(picked(ReplicaSeed.FIRST_TASK))
                .add(picked(ReplicaSeed.SECOND_TASK))), ReplicaSeed.WAREHOUSE);
        assertThat(lastOneLeft.nextAfter(ReplicaSeed.THIRD_TASK)).isEmpty();
    }

    @Test
    void tasksOfAnotherWarehouseAreNotThisPickersWork() {
        PickList list = PickList.of(replica(ReplicaSeed.forPicker()), UUID.randomUUID());

        assertThat(list.tasks()).isEmpty();
    }

    private static PickTaskView picked(PickTaskView task) {
        return new PickTaskView(task.id(), task.warehouseId(), task.orderId(), task.orderNumber(), task.walkSequence(), task.binCode(),
                task.itemId(), task.sku(), task.gtin(), task.itemName(), task.quantity(), task.quantity(), PickTaskStatus.PICKED);
    }

    private static Replica replica(ReplicaSeed seed) {
        return new Replica(seed.views().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().view())));
    }
}
