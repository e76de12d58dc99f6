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

    private static final UUID ME = UUID.fromString("00000000-0000-7000-8000-0000000000e1");

    @Test
    void tasksFollowTheWalkSequenceAndTheFirstOpenOneIsNext() {
        PickList list = PickList.of(replica(ReplicaSeed.forPicker()), ReplicaSeed.WAREHOUSE, ME);

        assertThat(list.tasks()).extracting(PickTaskView::binCode).containsExactly("A-01-3", "B-02-1", "C-04-2");
        assertThat(list.next()).contains(ReplicaSeed.FIRST_TASK);
    }

    @Test
    void afterAPickTheNextOneIsFurtherAlongThePathThenAnyLeftBehindThenNone() {
        PickList list = PickList.of(replica(ReplicaSeed.forPicker()), ReplicaSeed.WAREHOUSE, ME);
        assertThat(list.nextAfter(ReplicaSeed.FIRST_TASK)).contains(ReplicaSeed.SECOND_TASK);
        assertThat(list.nextAfter(ReplicaSeed.THIRD_TASK)).contains(ReplicaSeed.FIRST_TASK);

        PickList lastOneLeft = PickList.of(replica(ReplicaSeed.forPicker().add(picked(ReplicaSeed.FIRST_TASK))
                .add(picked(ReplicaSeed.SECOND_TASK))), ReplicaSeed.WAREHOUSE, ME);
        assertThat(lastOneLeft.nextAfter(ReplicaSeed.THIRD_TASK)).isEmpty();
    }

    @Test
    void tasksOfAnotherWarehouseAreNotThisPickersWork() {
        PickList list = PickList.of(replica(ReplicaSeed.forPicker()), UUID.randomUUID(), ME);

        assertThat(list.tasks()).isEmpty();
    }

    @Test
    void wavesArePickedOneAfterTheOtherAndAWaveGivenToAnotherPickerIsNotThisPickersWork() {
        PickTaskView laterWave = inWave(ReplicaSeed.FIRST_TASK, "W-000009", null);
        PickTaskView mine = inWave(ReplicaSeed.SECOND_TASK, "W-000008", ME);
        PickTaskView someoneElses = inWave(ReplicaSeed.THIRD_TASK, "W-000005", UUID.randomUUID());
        PickList list = PickList.of(replica(ReplicaSeed.forPicker().add(laterWave).add(mine).add(someoneElses)), ReplicaSeed.WAREHOUSE, ME);

        assertThat(list.tasks()).containsExactly(mine, laterWave);
        assertThat(list.nextAfter(mine)).as("the wave is done: on to the next").contains(laterWave);
    }

    @Test
    void withinAWaveTheNextPickIsFurtherAlongThenOneLeftBehindBeforeAnotherWave() {
        PickTaskView behind = inWave(ReplicaSeed.FIRST_TASK, "W-000001", null);
        PickTaskView done = inWave(ReplicaSeed.SECOND_TASK, "W-000001", null);
        PickTaskView otherWave = inWave(ReplicaSeed.THIRD_TASK, "W-000000", null);
        PickList list = PickList.of(replica(ReplicaSeed.forPicker().add(behind).add(done).add(otherWave)), ReplicaSeed.WAREHOUSE, ME);

        assertThat(list.next()).contains(otherWave);
        assertThat(list.nextAfter(done)).contains(behind);
    }

    private static PickTaskView inWave(PickTaskView task, String wave, UUID assignedTo) {
        return new PickTaskView(task.id(), task.warehouseId(), task.orderId(), task.orderNumber(), task.walkSequence(), task.binCode(),
                task.itemId(), task.sku(), task.gtin(), task.itemName(), task.quantity(), task.pickedQuantity(), task.status(),
                new PickTaskView.Wave(wave, 1, assignedTo, assignedTo == null ? null : "Someone"), task.lot());
    }

    private static PickTaskView picked(PickTaskView task) {
        return task.withPick(task.quantity(), PickTaskStatus.PICKED);
    }

    private static Replica replica(ReplicaSeed seed) {
        return new Replica(seed.views().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().view())));
    }
}
