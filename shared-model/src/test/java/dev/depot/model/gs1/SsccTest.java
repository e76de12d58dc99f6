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
}
