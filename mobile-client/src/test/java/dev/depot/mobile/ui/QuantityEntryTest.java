package dev.depot.mobile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityEntryTest {

    private final List<String> problems = new ArrayList<>();

    @Test
    void aTypedNumberIsReadWithoutComplaint() {
        assertThat(QuantityEntry.read(" 2.5 ", problems::add)).hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("2.5"));
        assertThat(problems).isEmpty();
    }

    @Test
    void textThatIsNoNumberIsNamed() {
        assertThat(QuantityEntry.read(" two ", problems::add)).isEmpty();
        assertThat(problems).containsExactly("“two” is not a quantity");
    }

    @Test
    void nothingTypedAsksForAQuantity() {
        assertThat(QuantityEntry.read("  ", problems::add)).isEmpty();
        assertThat(problems).containsExactly("Enter the quantity, 0 if there is none");
    }

    @Test
    void aQuantityFinerThanTheServerRecordsIsRefused() {
        assertThat(QuantityEntry.read("2.5005", problems::add)).isEmpty();
        assertThat(problems).containsExactly("A quantity has at most 3 decimals, got 2.5005");
    }
}
