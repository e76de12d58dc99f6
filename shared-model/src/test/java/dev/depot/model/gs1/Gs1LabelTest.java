package dev.depot.model.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class Gs1LabelTest {

    private static final String GS = String.valueOf(Gs1Parser.GROUP_SEPARATOR);
    /** GS1 character set 82, the characters a lot may hold. */
    private static final String CSET_82 =
            "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";

    private final Gs1Parser parser = Gs1ParserTest.parserOn("2026-11-23");

    @Test
    void aLabelIsWrittenWithFixedFieldsFirstAndASeparatorAfterAnInnerLot() {
        Gs1Label label = new Gs1Label(null, Gtin.parse("09506000134352"), "LOT42", LocalDate.of(2026, 12, 31),
                new BigDecimal("24"));

        assertThat(label.elementString()).isEqualTo("0109506000134352" + "17261231" + "10LOT42" + GS + "3024");
        assertThat(label.humanReadable()).isEqualTo("(01)09506000134352(17)261231(10)LOT42(30)24");
    }

    @Test
    void aLabelRefusesALotItCouldNotPrint() {
        assertThatThrownBy(() -> new Gs1Label(null, null, "L".repeat(21), null, null))
                .isInstanceOf(Gs1FormatException.class);
        assertThatThrownBy(() -> new Gs1Label(null, null, "", null, null)).isInstanceOf(Gs1FormatException.class);
        assertThatThrownBy(() -> new Gs1Label(null, null, null, null, new BigDecimal("2.5")))
                .isInstanceOf(Gs1FormatException.class)
                .hasMessageContaining("whole number");
    }

    @Property
    void aWrittenLabelReadsBackToTheSameValues(@ForAll("labels") Gs1Label label) {
        assertThat(parser.parse("]C1" + label.elementString())).isEqualTo(label);
    }

    @Property
    void theHumanReadableTextReadsBackToTheSameValues(@ForAll("labels") Gs1Label label) {
        // "(10)" inside a lot cannot be told from the next identifier in the bracketed form.
        Assume.that(label.lotIfAny().filter(lot -> lot.matches(".*\\(\\d{2,4}\\).*")).isEmpty());

        assertThat(parser.parse(label.humanReadable())).isEqualTo(label);
    }

    @Provide
    Arbitrary<Gs1Label> labels() {
        Arbitrary<Sscc> ssccs = Arbitraries.strings().numeric().ofLength(17)
                .map(body -> new Sscc(body + Mod10.checkDigit(body)));
        Arbitrary<Gtin> gtins = Arbitraries.strings().numeric().ofLength(13).map(Gtin::withCheckDigit);
        Arbitrary<String> lots = Arbitraries.strings().withChars(CSET_82).ofMinLength(1).ofMaxLength(20);
        // Within the parser's window around 2026: 1977 to 2076.
        Arbitrary<LocalDate> expiries = Arbitraries.integers().between(1977, 2076)
                .flatMap(year -> Arbitraries.integers().between(1, Year.of(year).length())
                        .map(day -> Year.of(year).atDay(day)));
        Arbitrary<BigDecimal> counts = Arbitraries.longs().between(0, 99_999_999).map(BigDecimal::valueOf);
        return Combinators.combine(ssccs.injectNull(0.3), gtins.injectNull(0.3), lots.injectNull(0.3),
                        expiries.injectNull(0.3), counts.injectNull(0.3))
                .as(Gs1Label::new)
                .filter(label -> label.elementString().length() > 0);
    }
}
