package dev.depot.server.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AvailabilityByDateTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void todayIsOnHandLessReservedPlusReceivingAndWhatIsLateOrDueToday() {
        AvailabilityByDate atp = AvailabilityByDate.of(TODAY, parts(30, 5, 6, 4, 2), List.of(
                due(TODAY.minusDays(2), "PO-1", 10), due(TODAY, "PO-2", 1)));

        assertThat(atp.days()).extracting(AvailabilityByDate.Day::date, d -> d.available().intValue())
                .containsExactly(tuple(TODAY, 42));
        assertThat(atp.inbound().getFirst().lateOn(TODAY)).isTrue();
        assertThat(atp.inbound().get(1).lateOn(TODAY)).isFalse();
    }

    @Test
    void eachLaterDueDateAddsWhatItBringsOnceForTheDay() {
        AvailabilityByDate atp = AvailabilityByDate.of(TODAY, parts(0, 3, 0, 0, 0), List.of(
                due(TODAY.plusDays(7), "PO-9", 5), due(TODAY.plusDays(3), "PO-7", 10), due(TODAY.plusDays(3), "PO-8", 2)));

        assertThat(atp.days()).extracting(AvailabilityByDate.Day::date, d -> d.available().intValue()).containsExactly(
                tuple(TODAY, -3), tuple(TODAY.plusDays(3), 9), tuple(TODAY.plusDays(7), 14));
        assertThat(atp.inbound()).extracting(AvailabilityByDate.Inbound::document).containsExactly("PO-7", "PO-8", "PO-9");
    }

    @Test
    void holdsAndQuarantineAreShownButNeverPromised() {
        AvailabilityByDate atp = AvailabilityByDate.of(TODAY, parts(10, 0, 0, 50, 70), List.of());

        assertThat(atp.days()).singleElement().satisfies(day -> assertThat(day.available()).isEqualByComparingTo("10"));
        assertThat(atp.onHold()).isEqualByComparingTo("50");
        assertThat(atp.inQuarantine()).isEqualByComparingTo("70");
    }

    private static AvailabilityByDate.Parts parts(int onHand, int reserved, int receiving, int held, int quarantine) {
        return new AvailabilityByDate.Parts(BigDecimal.valueOf(onHand), BigDecimal.valueOf(reserved), BigDecimal.valueOf(receiving),
                BigDecimal.valueOf(held), BigDecimal.valueOf(quarantine));
    }

    private static AvailabilityByDate.Inbound due(LocalDate date, String order, int quantity) {
        return new AvailabilityByDate.Inbound(date, order, BigDecimal.valueOf(quantity));
    }
}
