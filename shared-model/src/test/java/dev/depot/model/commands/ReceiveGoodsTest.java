package dev.depot.model.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.model.changes.EntityKey;
import dev.depot.model.views.PurchaseOrderView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReceiveGoodsTest {

    private static final PurchaseOrderView.Line GLOVES = new PurchaseOrderView.Line(UUID.randomUUID(), 1, UUID.randomUUID(), "GLV-100",
            "9506000134352", "Nitrile gloves", new BigDecimal("48"), BigDecimal.ZERO, new PurchaseOrderView.Case("19506000134359", 12));
    private static final PurchaseOrderView ORDER = new PurchaseOrderView(UUID.randomUUID(), UUID.randomUUID(), "PO-000007",
            "Northwind Supplies", LocalDate.of(2026, 11, 24), List.of(GLOVES), List.of());

    @Test
    void aLabelledReceiptHasNoViolationsAndIsAPhysicalFact() {
        ReceiveGoods receipt = new ReceiveGoods(ORDER.id(), "09506000134352", new BigDecimal("24"), "LOT-7", LocalDate.of(2027, 5, 31),
                "106141411234567897", false);

        assertThat(receipt.violations()).isEmpty();
        assertThat(receipt.isPhysicalFact()).isTrue();
    }

    @Test
    void eachBadFieldIsNamed() {
        assertThat(new ReceiveGoods(null, " ", BigDecimal.ZERO, "", null, "123", false).violations()).extracting(Violation::field)
                .containsExactly("purchaseOrderId", "itemCode", "quantity", "lot", "sscc");
        assertThat(new ReceiveGoods(ORDER.id(), "GLV-100", new BigDecimal("1.0005"), "L".repeat(21), null, null, false).violations())
                .containsExactly(new Violation("quantity", "has at most 3 decimals, got 1.0005"),
                        new Violation("lot", "has 1 to 20 characters, got '" + "L".repeat(21) + "'"));
    }

    @Test
    void theLineIsFoundByAnyLengthOfItsGtinOrByItsSkuInAnyCase() {
        assertThat(ORDER.lineFor("9506000134352")).contains(GLOVES);
        assertThat(ORDER.lineFor("09506000134352")).contains(GLOVES);
        assertThat(ORDER.lineFor("glv-100")).contains(GLOVES);
        assertThat(ORDER.lineFor("09506000134353")).as("a wrong check digit names nothing").isEmpty();
        assertThat(ORDER.lineFor(null)).isEmpty();
    }

    @Test
    void theCasesBarcodeNamesTheLineAsACaseOfSoManyEaches() {
        PurchaseOrderView.Found aCase = ORDER.find("19506000134359").orElseThrow();
        PurchaseOrderView.Found anEach = ORDER.find("9506000134352").orElseThrow();

        assertThat(aCase.line()).isEqualTo(GLOVES);
        assertThat(aCase.caseScanned()).isTrue();
        assertThat(aCase.eachesPerUnit()).isEqualTo(12);
        assertThat(anEach.caseScanned()).isFalse();
        assertThat(anEach.eachesPerUnit()).isEqualTo(1);
        PurchaseOrderView.Line noCaseKnown = new PurchaseOrderView.Line(UUID.randomUUID(), 2, UUID.randomUUID(), "TPE-48",
                "4012345678901", "Tape", BigDecimal.TEN, BigDecimal.ZERO, null);
        assertThat(new PurchaseOrderView(UUID.randomUUID(), UUID.randomUUID(), "PO-1", "S", LocalDate.of(2026, 11, 24),
                List.of(noCaseKnown), List.of()).find("19506000134359")).as("a case the catalog does not know names nothing").isEmpty();
    }

    @Test
    void aReceiptNotYetSentCountsOnItsLine() {
        EntityKey key = new EntityKey(PurchaseOrderView.TYPE, ORDER.id());
        ReceiveGoods receipt = new ReceiveGoods(ORDER.id(), "GLV-100", new BigDecimal("24"), null, null, null, true);

        Rebase.LocalState local = Rebase.apply(Map.of(key, ORDER), List.of(new Rebase.Pending(receipt, UUID.randomUUID(), Instant.now()),
                new Rebase.Pending(receipt, UUID.randomUUID(), Instant.now())));

        assertThat(local.replica().find(PurchaseOrderView.class, PurchaseOrderView.TYPE, ORDER.id())).hasValueSatisfying(order ->
                assertThat(order.lines().getFirst().received()).isEqualByComparingTo("48"));
        assertThat(local.pending()).containsExactly(key);
    }
}
