package dev.depot.model.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Gs1ParserTest {

    private static final String GS = String.valueOf(Gs1Parser.GROUP_SEPARATOR);
    private static final Gtin GTIN = Gtin.parse("09506000134352");

    private final Gs1Parser parser = parserOn("2026-11-23");

    @Test
    void aCaseLabelScannedWithItsSymbologyIdentifierIsRead() {
        Gs1Label label = parser.parse("]C1" + "0109506000134352" + "17261231" + "10LOT42");

        assertThat(label.gtin()).isEqualTo(GTIN);
        assertThat(label.expiry()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(label.lot()).as("a lot at the end needs no separator").isEqualTo("LOT42");
        assertThat(label.ssccIfAny()).isEmpty();
        assertThat(label.countIfAny()).isEmpty();
    }

    @Test
    void aLotInTheMiddleEndsAtTheGroupSeparator() {
        Gs1Label label = parser.parse("]C1" + "0109506000134352" + "10LOT42" + GS + "17261231" + "3024");

        assertThat(label.lot()).isEqualTo("LOT42");
        assertThat(label.expiry()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(label.count()).isEqualTo(new BigDecimal("24"));
    }

    @Test
    void aCountFollowedByALotIsSeparatedToo() {
        Gs1Label label = parser.parse("]C1" + "3024" + GS + "10LOT42");

        assertThat(label.count()).isEqualTo(new BigDecimal("24"));
        assertThat(label.lot()).isEqualTo("LOT42");
    }

    @Test
    void aPalletLabelCarriesItsSscc() {
        Gs1Label label = parser.parse("]C1" + "00106141411234567897");

        assertThat(label.sscc()).isEqualTo(new Sscc("106141411234567897"));
        assertThat(label.gtinIfAny()).isEmpty();
    }

    @Test
    void dataMatrixAndQrScansAreReadLikeGs1128() {
        String data = "0109506000134352" + "10LOT42";

        assertThat(parser.parse("]d2" + data).lot()).isEqualTo("LOT42");
        assertThat(parser.parse("]Q3" + data).gtin()).isEqualTo(GTIN);
        assertThat(parser.parse(GS + data).gtin()).as("FNC1 sent as a leading separator").isEqualTo(GTIN);
    }

    @Test
    void theHumanReadableFormWithBracketsIsRead() {
        Gs1Label label = parser.parse("(01)09506000134352(17)261231(10)LOT42(30)24");

        assertThat(label).isEqualTo(new Gs1Label(null, GTIN, "LOT42", LocalDate.of(2026, 12, 31), new BigDecimal("24")));
    }

    @Test
    void aBracketInsideALotIsPartOfTheLot() {
        assertThat(parser.parse("(01)09506000134352(10)A(B)7").lot()).isEqualTo("A(B)7");
    }

    @Test
    void expiryDayZeroMeansTheLastDayOfTheMonth() {
        assertThat(parser.parse("17280200").expiry()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(parser.parse("17270200").expiry()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(parser.parse("17261100").expiry()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    /** GS1 General Specifications 7.12: a sliding window of 49 years back and 50 years ahead. */
    @ParameterizedTest(name = "on {0}, YY={1} is {2}")
    @CsvSource({
            "2026-11-23, 76, 2076",
            "2026-11-23, 77, 1977",
            "2026-11-23, 00, 2000",
            "2026-11-23, 26, 2026",
            "2060-06-01, 10, 2110",
            "2060-06-01, 11, 2011",
            "2099-01-01, 00, 2100",
            "2099-01-01, 49, 2149",
            "2099-01-01, 50, 2050",
            "2000-01-01, 50, 2050",
            "2000-01-01, 51, 1951",
    })
    void theCenturyOfAnExpiryFollowsTheSlidingWindow(String today, String yy, int year) {
        assertThat(parserOn(today).parse("17" + yy + "0615").expiry()).isEqualTo(LocalDate.of(year, 6, 15));
    }

    @Test
    void anExpiryThatIsNoDateIsRefused() {
        assertThatThrownBy(() -> parser.parse("17261301"))
                .isInstanceOf(Gs1FormatException.class)
                .hasMessage("AI (17) holds 261301, which is not a date (YYMMDD)");
        assertThatThrownBy(() -> parser.parse("17270230"))
                .isInstanceOf(Gs1FormatException.class)
                .hasMessageContaining("not a date");
    }

    @Test
    void anUnsupportedApplicationIdentifierIsRefusedWithItsPosition() {
        assertThatThrownBy(() -> parser.parse("]C1" + "0109506000134352" + "21SERIAL7"))
                .isInstanceOf(Gs1FormatException.class)
                .hasMessage("application identifier (21) at position 17 is not supported (supported: 00, 01, 10, 17, 30)");
        assertThatThrownBy(() -> parser.parse("(01)09506000134352(21)SERIAL7"))
                .isInstanceOf(Gs1FormatException.class)
                .hasMessageContaining("(21) at position 19");
    }

    @Test
    void aFixedLengthFieldCutShortIsRefusedWithItsPosition() {
        assertThatThrownBy(() -> parser.parse("]C1" + "10LOT42" + GS + "01095060001343"))
                .isInstanceOf(Gs1FormatException.class)
                .hasMessage("AI (01) at position 9 needs 14 characters, the label has only 12");
    }

    @Test
    void aSeparatorInsideAFixedLengthFieldMeansItWasCutShort() {
        assertThatThrownBy(() -> parser.parse("]C1" + "0109506000" + GS + "10LOT42"))
                .isInstanceOf(Gs1FormatException.class)
                .hasMessage("AI (01) at position 1 needs 14 characters, the label has only 8");
    }

    @Test
    void dataEndingInsideAnApplicationIdentifierIsRefusedWithItsPosition() {
        assertThatThrownBy(() -> parser.parse("]C1" + "0109506000134352" + "1"))
                .isInstanceOf(Gs1FormatException.class)
                .hasMessage("the label ends inside an application identifier at position 17");
    }

    @Test
    void aGtinWithAWrongCheckDigitOnALabelIsRefused() {
        assertThatThrownBy(() -> parser.parse("]C1" + "0109506000134353"))
                .isInstanceOf(Gs1FormatException.class)
                .hasMessageContaining("wrong check digit");
    }

    @Test
    void fieldsOutsideTheirLengthOrCharactersAreRefused() {
        assertThatThrownBy(() -> parser.parse("10" + "L".repeat(21)))
                .isInstanceOf(Gs1FormatException.class)
                .hasMessageContaining("AI (10) holds 'LLLLLLLLLLLLLLLLLLLLL': expected 1 to 20 characters");
        assertThatThrownBy(() -> parser.parse("3012A"))
                .isInstanceOf(Gs1FormatException.class)
                .hasMessage("AI (30) holds '12A': expected digits only");
        assertThatThrownBy(() -> parser.parse("10" + GS + "3012"))
                .isInstanceOf(Gs1FormatException.class)
                .hasMessageContaining("AI (10) holds ''");
    }

    @Test
    void anEmptyScanIsRefused() {
        assertThatThrownBy(() -> parser.parse("  ")).isInstanceOf(Gs1FormatException.class).hasMessage("the scan is empty");
        assertThatThrownBy(() -> parser.parse(null)).isInstanceOf(Gs1FormatException.class);
        assertThatThrownBy(() -> parser.parse("]C1"))
                .isInstanceOf(Gs1FormatException.class)
                .hasMessage("the label carries no data");
    }

    @Test
    void bracketsThatDoNotHoldAnIdentifierAreRefused() {
        assertThatThrownBy(() -> parser.parse("(0109506000134352"))
                .isInstanceOf(Gs1FormatException.class)
                .hasMessage("expected '(' and an application identifier at position 1");
    }

    @Test
    void gs1ScansAreToldApartFromPlainCodes() {
        assertThat(Gs1Parser.looksLikeGs1("]C10109506000134352")).isTrue();
        assertThat(Gs1Parser.looksLikeGs1("(01)09506000134352")).isTrue();
        assertThat(Gs1Parser.looksLikeGs1("3024" + GS + "10LOT42")).isTrue();
        assertThat(Gs1Parser.looksLikeGs1("09506000134352")).as("a plain EAN scan").isFalse();
        assertThat(Gs1Parser.looksLikeGs1("A-01-02")).as("a bin label").isFalse();
    }

    static Gs1Parser parserOn(String date) {
        return new Gs1Parser(Clock.fixed(Instant.parse(date + "T12:00:00Z"), ZoneOffset.UTC));
    }
}
