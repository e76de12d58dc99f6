package dev.depot.model.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConfirmPickTest {

    @Test
    void aScannedPickHasNoViolations() {
        ConfirmPick pick = new ConfirmPick(UUID.randomUUID(), "A-01-02", "09506000134352", new BigDecimal("4"), null);

        assertThat(pick.violations()).isEmpty();
        assertThat(pick.typeName()).isEqualTo("ConfirmPick");
        assertThat(pick.isPhysicalFact()).as("a scan records what happened: never rejected").isTrue();
    }

    @Test
    void anEmptyBinIsAPickOfZero() {
        assertThat(new ConfirmPick(UUID.randomUUID(), "A-01-02", "SKU-1", BigDecimal.ZERO, null).violations()).isEmpty();
    }

    @Test
    void eachMissingFieldIsNamed() {
        assertThat(new ConfirmPick(null, " ", null, null, null).violations()).containsExactly(
                new Violation("taskId", "is required"),
                new Violation("binCode", "scan the bin first"),
                new Violation("itemCode", "scan the item"),
                new Violation("quantity", "is required"));
    }

    @Test
    void aNegativeCountIsRefused() {
        assertThat(new ConfirmPick(UUID.randomUUID(), "A-01-02", "SKU-1", new BigDecimal("-1"), null).violations())
                .containsExactly(new Violation("quantity", "cannot be negative, got -1"));
    }

    @Test
    void aCountFinerThanTheServerRecordsIsRefused() {
        assertThat(new ConfirmPick(UUID.randomUUID(), "A-01-02", "SKU-1", new BigDecimal("2.5005"), null).violations())
                .containsExactly(new Violation("quantity", "has at most 3 decimals, got 2.5005"));
        assertThat(new ConfirmPick(UUID.randomUUID(), "A-01-02", "SKU-1", new BigDecimal("2.500"), null).violations()).isEmpty();
    }

    @Test
    void aLotIsWhatAGs1LabelCarries() {
        assertThat(new ConfirmPick(UUID.randomUUID(), "A-01-02", "SKU-1", BigDecimal.ONE, "L2411A").violations()).isEmpty();
        assertThat(new ConfirmPick(UUID.randomUUID(), "A-01-02", "SKU-1", BigDecimal.ONE, "L".repeat(21)).violations())
                .containsExactly(new Violation("lot", "has 1 to 20 characters, got '" + "L".repeat(21) + "'"));
        assertThat(new ConfirmPick(UUID.randomUUID(), "A-01-02", "SKU-1", BigDecimal.ONE, " ").violations())
                .containsExactly(new Violation("lot", "has 1 to 20 characters, got ' '"));
    }

    @Test
    void aBinOrItemCodeLongerThanTheServerKeepsIsRefused() {
        String forty = "B".repeat(40);

        assertThat(new ConfirmPick(UUID.randomUUID(), forty, forty, BigDecimal.ONE, null).violations()).isEmpty();
        assertThat(new ConfirmPick(UUID.randomUUID(), forty + "1", forty + "22", BigDecimal.ONE, null).violations()).containsExactly(
                new Violation("binCode", "has at most 40 characters, got 41"),
                new Violation("itemCode", "has at most 40 characters, got 42"));
    }
}
