package dev.depot.server.waves;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** How the planner groups waiting orders into waves: rush, then cut-off, then zone; oldest first; one cart at most. */
class WavePlannerTest {

    private static final Instant NINE = Instant.parse("2026-11-23T09:00:00Z");
    private static final LocalTime ELEVEN_THIRTY = LocalTime.of(11, 30);
    private static final LocalTime FIFTEEN = LocalTime.of(15, 0);

    private final WavePlanner planner = new WavePlanner(3, 6, 60);

    @Test
    void rushOrdersGoFirstThenTheCarrierThatCollectsSoonestThenOrdersWithNoCarrier() {
        List<WavePlanner.OpenLine> lines = new ArrayList<>();
        lines.addAll(order("SO-1", Priority.STANDARD, "DHL", FIFTEEN, 0, "A"));
        lines.addAll(order("SO-2", Priority.STANDARD, null, null, 1, "A"));
        lines.addAll(order("SO-3", Priority.STANDARD, "OWN", ELEVEN_THIRTY, 2, "A"));
        lines.addAll(order("SO-4", Priority.RUSH, "DHL", FIFTEEN, 3, "A"));

        List<WavePlanner.PlannedWave> waves = planner.plan(lines);

        assertThat(waves).extracting(w -> numbers(w)).containsExactly(List.of("SO-4"), List.of("SO-3"), List.of("SO-1"), List.of("SO-2"));
        assertThat(waves.getFirst().priority()).isEqualTo(Priority.RUSH);
        assertThat(waves.get(1).carrierName()).isEqualTo("OWN Freight");
        assertThat(waves.getLast().carrierCode()).isNull();
    }

    @Test
    void ordersOfOneCarrierAreSplitByTheZoneMostOfTheirLinesArePickedIn() {
        List<WavePlanner.OpenLine> lines = new ArrayList<>();
        lines.addAll(order("SO-1", Priority.STANDARD, "DHL", FIFTEEN, 0, "B", "B", "A"));
        lines.addAll(order("SO-2", Priority.STANDARD, "DHL", FIFTEEN, 1, "A"));
        lines.addAll(order("SO-3", Priority.STANDARD, "DHL", FIFTEEN, 2, "A", "B"));

        List<WavePlanner.PlannedWave> waves = planner.plan(lines);

        assertThat(waves).extracting(WavePlanner.PlannedWave::zone).containsExactly("A", "B");
        assertThat(numbers(waves.getFirst())).as("a tie goes to the zone first in the alphabet").containsExactly("SO-2", "SO-3");
        assertThat(numbers(waves.getLast())).containsExactly("SO-1");
    }

    @Test
    void aCartTakesSoManyOrdersAndLinesOldestFirstAndAnOrderTooBigForOneIsAWaveOfItsOwn() {
        List<WavePlanner.OpenLine> lines = new ArrayList<>();
        lines.addAll(order("SO-5", Priority.STANDARD, "DHL", FIFTEEN, 5, "A"));
        lines.addAll(order("SO-1", Priority.STANDARD, "DHL", FIFTEEN, 1, "A"));
        lines.addAll(order("SO-2", Priority.STANDARD, "DHL", FIFTEEN, 2, "A"));
        lines.addAll(order("SO-3", Priority.STANDARD, "DHL", FIFTEEN, 3, "A"));
        lines.addAll(order("SO-4", Priority.STANDARD, "DHL", FIFTEEN, 4, "A", "A", "A", "A", "A", "A", "A"));
        lines.addAll(order("SO-6", Priority.STANDARD, "DHL", FIFTEEN, 6, "A", "A", "A", "A", "A"));

        List<WavePlanner.PlannedWave> waves = planner.plan(lines);

        assertThat(waves).extracting(WavePlannerTest::numbers)
                .containsExactly(List.of("SO-1", "SO-2", "SO-3"), List.of("SO-4"), List.of("SO-5", "SO-6"));
        assertThat(waves).extracting(WavePlanner.PlannedWave::lines).containsExactly(3, 7, 6);
        assertThat(waves.getFirst().units()).isEqualByComparingTo("6");
    }

    @Test
    void everyWaitingOrderIsInExactlyOneWaveAndTheSameLinesAlwaysGiveTheSameWaves() {
        Random random = new Random(7);
        List<WavePlanner.OpenLine> lines = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String[] zones = IntStream.range(0, 1 + random.nextInt(9)).mapToObj(k -> random.nextInt(5) == 0 ? null : "Z" + random.nextInt(3))
                    .toArray(String[]::new);
            boolean withCarrier = random.nextBoolean();
            lines.addAll(order("SO-" + i, random.nextInt(10) == 0 ? Priority.RUSH : Priority.STANDARD, withCarrier ? "C" + i % 3 : null,
                    withCarrier ? LocalTime.of(10 + i % 3, 0) : null, random.nextInt(500), zones));
        }
        List<WavePlanner.OpenLine> shuffled = new ArrayList<>(lines);
        Collections.shuffle(shuffled, random);

        List<WavePlanner.PlannedWave> waves = WavePlanner.DEFAULT.plan(lines);

        assertThat(waves.stream().flatMap(w -> numbers(w).stream()))
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, 200).mapToObj(i -> "SO-" + i).toList());
        assertThat(waves).allSatisfy(w -> assertThat(w.orders().size()).isBetween(1, 8))
                .allSatisfy(w -> assertThat(w.lines() <= 40 || w.orders().size() == 1).isTrue());
        assertThat(waves.stream().takeWhile(w -> w.priority() == Priority.RUSH).count())
                .as("the rush waves come first").isEqualTo(waves.stream().filter(w -> w.priority() == Priority.RUSH).count());
        assertThat(WavePlanner.DEFAULT.plan(shuffled)).isEqualTo(waves);
    }

    @Test
    void aCartHoldsAtLeastOneOrderAndOneLine() {
        assertThatThrownBy(() -> new WavePlanner(0, 10, 60)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WavePlanner(8, 40, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachWaveIsTimedAfterTheWorkOnTheFloorAndTheWavesBeforeItAgainstItsCutOff() {
        List<WavePlanner.OpenLine> lines = new ArrayList<>();
        lines.addAll(order("SO-1", Priority.STANDARD, "OWN", ELEVEN_THIRTY, 0, "A", "A", "A", "A", "A", "A"));
        lines.addAll(order("SO-2", Priority.STANDARD, "DHL", FIFTEEN, 1, "A", "A", "A", "A", "A", "A"));
        lines.addAll(order("SO-3", Priority.STANDARD, null, null, 2, "A", "A", "A"));

        // 2 pickers at 60 lines an hour: a line a minute each; 30 lines already on the floor take 15 minutes
        List<WavePlanner.ScheduledWave> scheduled = planner.schedule(planner.plan(lines), LocalTime.of(11, 10), 30, 2);

        assertThat(scheduled).extracting(s -> numbers(s.wave()), WavePlanner.ScheduledWave::pickedBy, WavePlanner.ScheduledWave::timing)
                .containsExactly(
                        tuple(List.of("SO-1"), LocalTime.of(11, 28), WavePlanner.Timing.IN_TIME),
                        tuple(List.of("SO-2"), LocalTime.of(11, 31), WavePlanner.Timing.IN_TIME),
                        tuple(List.of("SO-3"), LocalTime.of(11, 33), WavePlanner.Timing.NO_CUTOFF));

        assertThat(planner.schedule(planner.plan(lines), LocalTime.of(11, 10), 60, 2).getFirst())
                .as("with 60 lines on the floor, the 11:30 collection is missed")
                .extracting(WavePlanner.ScheduledWave::pickedBy, WavePlanner.ScheduledWave::timing)
                .containsExactly(LocalTime.of(11, 43), WavePlanner.Timing.MISSES_CUTOFF);
    }

    @Test
    void aWaveWhoseCutOffHasPassedGoesAfterTheWavesThatCanStillMakeTheirsButRushStaysFirst() {
        List<WavePlanner.OpenLine> lines = new ArrayList<>();
        lines.addAll(order("SO-1", Priority.STANDARD, "OWN", ELEVEN_THIRTY, 0, "A"));
        lines.addAll(order("SO-2", Priority.STANDARD, "DHL", FIFTEEN, 1, "A"));
        lines.addAll(order("SO-3", Priority.RUSH, "OWN", ELEVEN_THIRTY, 2, "A"));

        List<WavePlanner.ScheduledWave> scheduled = planner.schedule(planner.plan(lines), LocalTime.of(12, 0), 0, 1);

        assertThat(scheduled).extracting(s -> numbers(s.wave()), WavePlanner.ScheduledWave::timing).containsExactly(
                tuple(List.of("SO-3"), WavePlanner.Timing.CUTOFF_PASSED),
                tuple(List.of("SO-2"), WavePlanner.Timing.IN_TIME),
                tuple(List.of("SO-1"), WavePlanner.Timing.CUTOFF_PASSED));
    }

    @Test
    void withoutPickersNothingIsTimedAndWorkPastMidnightHasNoTimeToday() {
        List<WavePlanner.OpenLine> lines = order("SO-1", Priority.STANDARD, "DHL", FIFTEEN, 0, "A");

        assertThat(planner.schedule(planner.plan(lines), LocalTime.of(9, 0), 0, 0))
                .extracting(WavePlanner.ScheduledWave::pickedBy, WavePlanner.ScheduledWave::timing)
                .containsExactly(tuple(null, WavePlanner.Timing.NO_PICKERS));
        assertThat(planner.schedule(planner.plan(lines), LocalTime.of(9, 0), 60 * 15, 1))
                .extracting(WavePlanner.ScheduledWave::pickedBy, WavePlanner.ScheduledWave::timing)
                .containsExactly(tuple(null, WavePlanner.Timing.MISSES_CUTOFF));
    }

    /** An order placed {@code minutesAfterNine} after nine with one line of 2 per zone given. */
    private static List<WavePlanner.OpenLine> order(String number, Priority priority, String carrier, LocalTime cutoff, int minutesAfterNine,
                                                    String... lineZones) {
        UUID id = UUID.nameUUIDFromBytes(number.getBytes());
        return Arrays.stream(lineZones).map(zone -> new WavePlanner.OpenLine(id, number, "Customer of " + number, priority, carrier,
                carrier == null ? null : carrier + " Freight", cutoff, NINE.plusSeconds(60L * minutesAfterNine), zone,
                new BigDecimal("2"))).toList();
    }

    private static List<String> numbers(WavePlanner.PlannedWave wave) {
        return wave.orders().stream().map(WavePlanner.PlannedOrder::number).toList();
    }
}
