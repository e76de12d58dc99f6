package dev.depot.mobile.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SyncScheduleTest {

    private final SyncSchedule schedule = SyncSchedule.STANDARD;

    @Test
    void whileTheServerAnswersARoundRunsEveryHalfMinuteAndALongPollBringsChangesMeanwhile() {
        assertThat(schedule.delayAfter(0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(schedule.longPoll()).isEqualTo(Duration.ofSeconds(25));
    }

    @Test
    void failuresDoubleTheWaitUpToAMinute() {
        assertThat(schedule.delayAfter(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(schedule.delayAfter(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(schedule.delayAfter(5)).isEqualTo(Duration.ofSeconds(32));
        assertThat(schedule.delayAfter(6)).isEqualTo(Duration.ofSeconds(60));
        assertThat(schedule.delayAfter(1_000)).isEqualTo(Duration.ofSeconds(60));
    }
}
