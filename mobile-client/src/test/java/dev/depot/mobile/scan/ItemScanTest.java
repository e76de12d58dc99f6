package dev.depot.mobile.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.depot.model.gs1.Gs1FormatException;
import dev.depot.model.gs1.Gs1Parser;
import dev.depot.model.gs1.Gtin;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ItemScanTest {

    private static final Gtin GLOVES = Gtin.parse("9506000134352");
    private final Gs1Parser parser = new Gs1Parser(Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void aPlainProductBarcodeIsOneUnitOfThatProduct() {
        assertThat(ItemScan.read("9506000134352", parser)).contains(new ItemScan(GLOVES, BigDecimal.ONE));
        assertThat(ItemScan.read("09506000134352", parser)).contains(new ItemScan(GLOVES, BigDecimal.ONE));
    }

    @Test
    void aCaseLabelCountsAsManyUnitsAsItsAi30Says() {
        assertThat(ItemScan.read("]C10109506000134352" + "3024", parser)).contains(new ItemScan(GLOVES, new BigDecimal("24")));
        assertThat(ItemScan.read("(01)09506000134352(10)L7(30)6", parser)).contains(new ItemScan(GLOVES, new BigDecimal("6")));
        assertThat(ItemScan.read("0109506000134352" + "3012", parser)).contains(new ItemScan(GLOVES, new BigDecimal("12")));
    }

    @Test
    void wordsAndShortCodesAreNoBarcodeButASearch() {
        assertThat(ItemScan.read("nitrile gloves", parser)).isEmpty();
        assertThat(ItemScan.read("GLV-100", parser)).isEmpty();
        assertThat(ItemScan.read("123456789", parser)).isEmpty();
    }

    @Test
    void aDamagedBarcodeIsRefusedWithTheReason() {
        assertThatThrownBy(() -> ItemScan.read("9506000134353", parser)).isInstanceOf(Gs1FormatException.class)
                .hasMessageContaining("check digit");
        assertThatThrownBy(() -> ItemScan.read("(00)106141411234567897", parser)).isInstanceOf(Gs1FormatException.class)
                .hasMessageContaining("no AI 01");
    }

    @Test
    void aScanNamesTheProductWhateverLengthTheReplicaStoresItsGtinIn() {
        ItemScan scan = new ItemScan(GLOVES, BigDecimal.ONE);

        assertThat(scan.names("9506000134352")).isTrue();
        assertThat(scan.names("09506000134352")).isTrue();
        assertThat(scan.names("4012345678901")).isFalse();
        assertThat(scan.names(null)).isFalse();
    }
}
