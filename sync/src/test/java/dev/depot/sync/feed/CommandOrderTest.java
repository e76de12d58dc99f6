package dev.depot.sync.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CommandOrderTest {

    @Test
    void theCommandAfterTheLastAppliedIsApplied() {
        assertThat(CommandOrder.of(1, 0)).isEqualTo(CommandOrder.NEXT);
        assertThat(CommandOrder.of(6, 5)).isEqualTo(CommandOrder.NEXT);
    }

    @Test
    void anAlreadyAppliedCommandGetsItsStoredResultAgain() {
        assertThat(CommandOrder.of(5, 5)).isEqualTo(CommandOrder.REPLAY);
        assertThat(CommandOrder.of(1, 5)).isEqualTo(CommandOrder.REPLAY);
    }

    @Test
    void aCommandAfterAMissingOneIsAGap() {
        assertThat(CommandOrder.of(7, 5)).isEqualTo(CommandOrder.GAP);
        assertThat(CommandOrder.of(2, 0)).isEqualTo(CommandOrder.GAP);
    }

    @Test
    void aSeqThatWasNeverIssuedIsRefused() {
        // Seq 0 would otherwise count as a replay of a command the device never sent.
        assertThatThrownBy(() -> CommandOrder.of(0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("start at 1");
        assertThatThrownBy(() -> CommandOrder.of(-3, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
