package dev.depot.model.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.model.changes.EntityKey;
import dev.depot.model.views.TransferView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Loading and receiving a transfer on a handheld: each bad field named, and the work shown at once on the device's copy. */
class TransferCommandsTest {

    private static final UUID MAIN = UUID.randomUUID();
    private static final UUID EAST = UUID.randomUUID();
    private static final TransferView.Line GLOVES = new TransferView.Line(UUID.randomUUID(), 1, UUID.randomUUID(), "GLV-100",
            "09506000134352", "Nitrile gloves", new BigDecimal("24"), BigDecimal.ZERO, BigDecimal.ZERO, "D-07-1", 70);
    private static final TransferView LOADING = new TransferView(UUID.randomUUID(), "T-000001", MAIN, "MAIN", EAST, "EAST",
            LocalDate.of(2026, 11, 25), TransferView.Status.LOADING, List.of(GLOVES));

    @Test
    void bothAreScannedPhysicalFactsAndEachBadFieldIsNamed() {
        assertThat(new LoadTransfer(LOADING.id(), GLOVES.id(), "D-07-1", "9506000134352", BigDecimal.TEN).violations()).isEmpty();
        assertThat(new LoadTransfer(null, null, " ", null, BigDecimal.ZERO).violations()).extracting(Violation::field)
                .containsExactly("transferId", "lineId", "fromBinCode", "itemCode", "quantity");
        assertThat(new ReceiveTransfer(null, "", new BigDecimal("-1"), false).violations()).extracting(Violation::field)
                .containsExactly("transferId", "itemCode", "quantity");
        assertThat(new LoadTransfer(LOADING.id(), GLOVES.id(), "D-07-1", "GLV-100", BigDecimal.ONE).isPhysicalFact()).isTrue();
        assertThat(new ReceiveTransfer(LOADING.id(), "GLV-100", BigDecimal.ONE, true).isPhysicalFact()).isTrue();
    }

    @Test
    void aLineIsNamedByItsSkuOrAnyLengthOfItsGtinAndNothingElse() {
        assertThat(LOADING.lineFor("glv-100")).contains(GLOVES);
        assertThat(LOADING.lineFor("9506000134352")).as("the GTIN-13 of the stored GTIN-14").contains(GLOVES);
        assertThat(LOADING.lineFor("09506000134369")).isEmpty();
        assertThat(LOADING.isLoadingAt(MAIN)).isTrue();
        assertThat(LOADING.isLoadingAt(EAST)).isFalse();
        assertThat(LOADING.isArrivingAt(EAST)).as("not before it left").isFalse();
    }

    @Test
    void loadsAndReceiptsNotYetSentCountOnTheirLine() {
        EntityKey key = new EntityKey(TransferView.TYPE, LOADING.id());
        Rebase.LocalState loaded = Rebase.apply(Map.of(key, LOADING), List.of(
                pending(new LoadTransfer(LOADING.id(), GLOVES.id(), "D-07-1", "GLV-100", new BigDecimal("10"))),
                pending(new LoadTransfer(LOADING.id(), GLOVES.id(), "D-07-2", "GLV-100", new BigDecimal("14")))));
        TransferView afterLoads = loaded.replica().find(TransferView.class, TransferView.TYPE, LOADING.id()).orElseThrow();
        assertThat(afterLoads.isLoaded()).isTrue();
        assertThat(loaded.pending()).containsExactly(key);

        TransferView onTheRoad = new TransferView(LOADING.id(), LOADING.number(), MAIN, "MAIN", EAST, "EAST", LOADING.expectedOn(),
                TransferView.Status.IN_TRANSIT, afterLoads.lines());
        Rebase.LocalState received = Rebase.apply(Map.of(key, onTheRoad), List.of(
                pending(new ReceiveTransfer(LOADING.id(), "9506000134352", new BigDecimal("20"), false)),
                pending(new ReceiveTransfer(LOADING.id(), "CUP-9", new BigDecimal("1"), false))));
        TransferView afterReceipts = received.replica().find(TransferView.class, TransferView.TYPE, LOADING.id()).orElseThrow();
        assertThat(afterReceipts.lines().getFirst().toReceive()).isEqualByComparingTo("4");
        assertThat(afterReceipts.isReceived()).isFalse();
        assertThat(afterReceipts.isArrivingAt(EAST)).isTrue();
    }

    private static Rebase.Pending pending(DeviceCommand command) {
        return new Rebase.Pending(command, UUID.randomUUID(), Instant.now());
    }
}
