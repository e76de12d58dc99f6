package dev.depot.model.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SsccTest {

    @Test
    void aPalletNumberWithTheRightCheckDigitIsValid() {
        assertThat(new Sscc("106141411234567897").toString()).isEqualTo("106141411234567897");
    }

    @Test
    void aPalletNumberWithAWrongCheckDigitIsRefused() {
        assertThatThrownBy(() -> new Sscc("106141411234567898"))
                .isInstanceOf(Gs1FormatException.class)
                .hasMessage("SSCC 106141411234567898 has a wrong check digit");
    }

    @Test
    void aPalletNumberHasEighteenDigits() {
        assertThatThrownBy(() -> new Sscc("10614141123456789"))
                .isInstanceOf(Gs1FormatException.class)
                .hasMessageContaining("an SSCC has 18 digits");
        assertThatThrownBy(() -> new Sscc("10614141123456789X"))
                .isInstanceOf(Gs1FormatException.class);
    }

    @Test
    void aShipperNumbersAContainerFromItsCompanyPrefixAndASerial() {
        assertThat(Sscc.of(1, "0614141", 123456789)).isEqualTo(new Sscc("106141411234567897"));
        assertThat(Sscc.of(0, "0614141", 42).digits()).startsWith("00614141000000042").hasSize(18);
        assertThat(Sscc.of(1, "0614141", 123456789).humanReadable()).isEqualTo("(00) 106141411234567897");
    }

    @Test
    void aSerialTooLongForThePrefixOrABadPrefixIsRefused() {
        assertThatThrownBy(() -> Sscc.of(0, "0614141", 1_000_000_000L))
                .isInstanceOf(Gs1FormatException.class).hasMessage("serial 1000000000 does not fit the 9 digits company prefix 0614141 leaves");
        assertThatThrownBy(() -> Sscc.of(0, "61414", 1)).isInstanceOf(Gs1FormatException.class);
        assertThatThrownBy(() -> Sscc.of(10, "0614141", 1)).isInstanceOf(Gs1FormatException.class);
    }
}
