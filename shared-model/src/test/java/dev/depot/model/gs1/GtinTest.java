package dev.depot.model.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GtinTest {

    @ParameterizedTest
    @ValueSource(strings = {"09506000134352", "4006381333931", "036000291452", "96385074"})
    void realGtinsOfEveryLengthAreValid(String printed) {
        assertThat(Gtin.isValid(printed)).isTrue();
        assertThat(Gtin.parse(printed).shortForm()).isEqualTo(printed.length() == 14 ? printed.substring(1) : printed);
    }

    @Test
    void theSameNumberWrittenWithLeadingZerosOrWithoutIsEqual() {
        assertThat(Gtin.parse("4006381333931")).isEqualTo(Gtin.parse("04006381333931"));
        assertThat(Gtin.parse("036000291452").digits()).isEqualTo("00036000291452");
        assertThat(Gtin.parse("96385074").digits()).isEqualTo("00000096385074");
    }

    @Test
    void aCaseLabelsGtin14IsAnotherNumberThanTheUnitsGtin() {
        Gtin unit = Gtin.parse("4006381333931");
        Gtin caseOfUnits = Gtin.withCheckDigit("1400638133393"); // indicator digit 1 before the unit's body

        assertThat(caseOfUnits).isNotEqualTo(unit);
    }

    @Test
    void aGtinWithAWrongCheckDigitIsRefused() {
        assertThatThrownBy(() -> Gtin.parse("4006381333932"))
                .isInstanceOf(Gs1FormatException.class)
                .hasMessage("GTIN 4006381333932 has a wrong check digit (expected 1)");
        assertThat(Gtin.isValid("4006381333932")).isFalse();
    }

    @Test
    void aGtinOfAnotherLengthIsRefused() {
        assertThatThrownBy(() -> Gtin.parse("40063813339"))
                .isInstanceOf(Gs1FormatException.class)
                .hasMessageContaining("a GTIN has 8, 12, 13 or 14 digits, got 11 in 40063813339");
        assertThat(Gtin.isValid("12345")).isFalse();
    }

    @Test
    void aGtinWithLettersIsRefused() {
        assertThatThrownBy(() -> Gtin.parse("40063813339A1"))
                .isInstanceOf(Gs1FormatException.class)
                .hasMessage("a GTIN has only digits, got '40063813339A1'");
        assertThat(Gtin.isValid("")).isFalse();
    }

    @Test
    void spacesAroundAScannedGtinAreIgnored() {
        assertThat(Gtin.parse(" 4006381333931\n")).isEqualTo(Gtin.parse("4006381333931"));
    }

    @Test
    void theCheckDigitIsAppendedToABody() {
        assertThat(Gtin.withCheckDigit("400638133393")).isEqualTo(Gtin.parse("4006381333931"));
        assertThat(Gtin.withCheckDigit("9638507")).isEqualTo(Gtin.parse("96385074"));
    }

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.of(7, 11, 12, 13)
                .flatMap(length -> Arbitraries.strings().numeric().ofLength(length));
    }

    @Property
    void anyBodyWithItsCheckDigitIsAValidGtin(@ForAll("bodies") String body) {
        Gtin gtin = Gtin.withCheckDigit(body);

        assertThat(gtin.digits()).hasSize(14);
        assertThat(gtin.digits().substring(13 - body.length(), 13)).isEqualTo(body);
        assertThat(Gtin.isValid(gtin.digits())).isTrue();
    }

    @Property
    void changingOneDigitOfAValidGtinMakesItInvalid(@ForAll("bodies") String body,
                                                    @ForAll("positions") int position,
                                                    @ForAll("shifts") int shift) {
        String valid = Gtin.withCheckDigit(body).digits();
        char[] digits = valid.toCharArray();
        digits[position] = (char) ('0' + (digits[position] - '0' + shift) % 10);

        assertThat(Gtin.isValid(new String(digits))).isFalse();
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 13);
    }

    @Provide
    Arbitrary<Integer> shifts() {
        return Arbitraries.integers().between(1, 9);
    }
}
