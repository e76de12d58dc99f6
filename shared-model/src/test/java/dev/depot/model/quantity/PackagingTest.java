package dev.depot.model.quantity;

import static dev.depot.model.quantity.UnitOfMeasure.CASE;
import static dev.depot.model.quantity.UnitOfMeasure.EACH;
import static dev.depot.model.quantity.UnitOfMeasure.PALLET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class PackagingTest {

    private final Packaging twelvePerCaseFortyPerPallet = new Packaging(12, 40);

    @Test
    void aCaseAndAPalletAreCountedInEaches() {
        assertThat(twelvePerCaseFortyPerPallet.inEaches(Quantity.of(3, CASE))).isEqualTo(Quantity.eaches(36));
        assertThat(twelvePerCaseFortyPerPallet.inEaches(Quantity.of(2, PALLET))).isEqualTo(Quantity.eaches(960));
        assertThat(twelvePerCaseFortyPerPallet.inEaches(Quantity.eaches(5))).isEqualTo(Quantity.eaches(5));
    }

    @Test
    void wholeCasesAreExpressedBackInCases() {
        assertThat(twelvePerCaseFortyPerPallet.express(Quantity.eaches(36), CASE)).isEqualTo(Quantity.of(3, CASE));
        assertThat(twelvePerCaseFortyPerPallet.express(Quantity.eaches(480), PALLET)).isEqualTo(Quantity.of(1, PALLET));
    }

    @Test
    void eachesThatDoNotFillWholeCasesAreNotExpressedInCases() {
        assertThatThrownBy(() -> twelvePerCaseFortyPerPallet.express(Quantity.eaches(13), CASE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("13 EA is not a whole number of CS (12 EA each)");
    }

    @Test
    void halfAnEachIsNotAWholeEach() {
        assertThatThrownBy(() -> Packaging.LOOSE.express(Quantity.eaches(new BigDecimal("1.5")), EACH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a whole number of EA");
    }

    @Test
    void onlyEachesAreExpressedInAnotherUnit() {
        assertThatThrownBy(() -> twelvePerCaseFortyPerPallet.express(Quantity.of(1, CASE), PALLET))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected eaches, got 1 CS");
    }

    @Test
    void aPackHoldsAtLeastOneOfEach() {
        assertThatThrownBy(() -> new Packaging(0, 40)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Packaging(12, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void wholeUnitsConvertToEachesAndBack(@ForAll @IntRange(min = 1, max = 1000) int eachesPerCase,
                                          @ForAll @IntRange(min = 1, max = 200) int casesPerPallet,
                                          @ForAll @LongRange(min = 0, max = 100_000) long amount,
                                          @ForAll UnitOfMeasure unit) {
        Packaging packaging = new Packaging(eachesPerCase, casesPerPallet);
        Quantity original = Quantity.of(amount, unit);

        Quantity eaches = packaging.inEaches(original);

        assertThat(eaches.unit()).isEqualTo(EACH);
        assertThat(eaches.amount()).isEqualTo(BigDecimal.valueOf(amount * packaging.eachesPer(unit)));
        assertThat(packaging.express(eaches, unit)).isEqualTo(original);
    }
}
