package dev.depot.model.testdata;

import dev.depot.model.views.PickTaskStatus;
import dev.depot.model.views.PickTaskView;
import java.math.BigDecimal;
import java.util.UUID;

/** {@code aPickTask().forQuantity("10").build()}: an open pick task on a picker's handheld. */
public final class PickTaskViewBuilder {

    private UUID id = UUID.randomUUID();
    private String quantity = "10";
    private PickTaskStatus status = PickTaskStatus.OPEN;

    public static PickTaskViewBuilder aPickTask() {
        return new PickTaskViewBuilder();
    }

    public PickTaskViewBuilder withId(UUID id) {
        this.id = id;
        return this;
    }

    public PickTaskViewBuilder forQuantity(String quantity) {
        this.quantity = quantity;
        return this;
    }

    public PickTaskViewBuilder withStatus(PickTaskStatus status) {
        this.status = status;
        return this;
    }

    public PickTaskView build() {
        return new PickTaskView(id, UUID.randomUUID(), UUID.randomUUID(), "SO-1001", 30, "A-01-02", UUID.randomUUID(),
                "SKU-1", "09506000134352", "Widget", new BigDecimal(quantity), BigDecimal.ZERO, status, null, null);
    }
}
