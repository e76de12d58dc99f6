package dev.depot.model.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.depot.model.testdata.ManualClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class UuidV7Test {

    private static final Instant TEN_FIFTEEN = Instant.parse("2026-11-23T10:15:30.123Z");

    @Test
    void anIdCarriesVersion7AndTheRfcVariant() {
        UUID id = new UuidV7(Clock.fixed(TEN_FIFTEEN, ZoneOffset.UTC)).generate();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
    }

    @Test
    void theSystemGeneratorMakesVersion7Ids() {
        assertThat(UuidV7.next().version()).isEqualTo(7);
    }

    @Test
    void theCreationTimeReadsBackFromTheId() {
        UUID id = new UuidV7(Clock.fixed(TEN_FIFTEEN, ZoneOffset.UTC)).generate();

        assertThat(UuidV7.timestampOf(id)).isEqualTo(TEN_FIFTEEN);
    }

    @Property
    void anyMillisecondSinceTheEpochReadsBackFromTheId(@ForAll @LongRange(min = 0, max = (1L << 47) - 1) long millis) {
        Instant at = Instant.ofEpochMilli(millis);

        assertThat(UuidV7.timestampOf(new UuidV7(Clock.fixed(at, ZoneOffset.UTC)).generate())).isEqualTo(at);
    }

    @Test
    void aRandomUuidHasNoCreationTime() {
        assertThatThrownBy(() -> UuidV7.timestampOf(UUID.randomUUID()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a version 7 UUID");
    }

    @Test
    void idsFromOneGeneratorIncreaseStrictlyWhileTheClockStandsStill() {
        // 10,000 ids exhaust the 4,096-step counter of one millisecond more than once.
        UuidV7 generator = new UuidV7(Clock.fixed(TEN_FIFTEEN, ZoneOffset.UTC));

        List<UUID> ids = generate(generator, 10_000);

        assertStrictlyIncreasing(ids);
        assertThat(new HashSet<>(ids)).hasSize(ids.size());
        assertThat(UuidV7.timestampOf(ids.getFirst())).isEqualTo(TEN_FIFTEEN);
    }

    @Test
    void idsKeepIncreasingWhenTheClockStepsBack() {
        ManualClock clock = new ManualClock(TEN_FIFTEEN);
        UuidV7 generator = new UuidV7(clock);
        List<UUID> ids = new ArrayList<>(generate(generator, 100));

        clock.advance(Duration.ofSeconds(-30)); // the device took a network time fix
        ids.addAll(generate(generator, 100));
        clock.advance(Duration.ofMinutes(1));
        ids.addAll(generate(generator, 100));

        assertStrictlyIncreasing(ids);
        assertThat(UuidV7.timestampOf(ids.getLast())).isEqualTo(TEN_FIFTEEN.plusSeconds(30));
    }

    private static List<UUID> generate(UuidV7 generator, int count) {
        List<UUID> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(generator.generate());
        }
        return ids;
    }

    /** Compares as unsigned 128-bit numbers, the order databases and the text form sort in. */
    private static void assertStrictlyIncreasing(List<UUID> ids) {
        for (int i = 1; i < ids.size(); i++) {
            assertThat(ids.get(i).toString())
                    .as("id %d must sort after id %d", i, i - 1)
                    .isGreaterThan(ids.get(i - 1).toString());
        }
    }
}
