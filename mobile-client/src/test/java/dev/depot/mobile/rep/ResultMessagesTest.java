package dev.depot.mobile.rep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.mobile.ui.Tone;
import dev.depot.model.commands.CommandResult;
import dev.depot.model.commands.Outcome;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ResultMessagesTest {

    @Test
    void anAdjustedOrderIsToldByItsNumberWithWhatChanged() {
        CommandResult adjusted = new CommandResult(UUID.randomUUID(), 4, Outcome.ADJUSTED, "BACKORDERED", "2 backordered", null,
                Map.of("orderNumber", "SO-000012"));

        assertThat(ResultMessages.describe(adjusted)).isEqualTo("SO-000012 adjusted: 2 backordered");
        assertThat(ResultMessages.tone(adjusted)).isEqualTo(Tone.WARNING);
    }

    @Test
    void aRejectionSaysWhatToDoNext() {
        CommandResult rejected = new CommandResult(UUID.randomUUID(), 5, Outcome.REJECTED, "CUSTOMER_BLOCKED",
                "the customer is blocked", "Call the credit desk", Map.of());

        assertThat(ResultMessages.describe(rejected)).isEqualTo("Command 5 rejected: the customer is blocked. Call the credit desk");
        assertThat(ResultMessages.tone(rejected)).isEqualTo(Tone.ERROR);
    }
}
