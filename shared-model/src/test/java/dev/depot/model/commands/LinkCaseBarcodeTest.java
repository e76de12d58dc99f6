package dev.depot.model.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.model.changes.EntityKey;
import dev.depot.model.views.ItemView;
import dev.depot.model.views.PurchaseOrderView;
import dev.depot.model.views.SyncedView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LinkCaseBarcodeTest {

    private static final ItemView TAPE = new ItemView(UUID.randomUUID(), "TPE-48", "4012345678901", "Packing tape", 36, true);
    private static final PurchaseOrderView.Line TAPE_LINE = new PurchaseOrderView.Line(UUID.randomUUID(), 1, TAPE.id(), TAPE.sku(),
            TAPE.gtin(), TAPE.name(), new BigDecimal("72"), BigDecimal.ZERO, null);
    private static final PurchaseOrderView ORDER = new PurchaseOrderView(UUID.randomUUID(), UUID.randomUUID(), "PO-000009",
            "Northwind Supplies", LocalDate.of(2026, 11, 24), List.of(TAPE_LINE), List.of());
    private static final String CASE = "14012345678908";

    @Test
    void aLinkIsAChangeOfMasterDataNotAPhysicalFact() {
        LinkCaseBarcode link = new LinkCaseBarcode(ORDER.id(), TAPE_LINE.id(), CASE);

        assertThat(link.violations()).isEmpty();
        assertThat(link.isPhysicalFact()).as("the server may refuse it").isFalse();
    }

    @Test
    void eachBadFieldIsNamed() {
        assertThat(new LinkCaseBarcode(null, null, " ").violations()).extracting(Violation::field)
                .containsExactly("purchaseOrderId", "lineId", "gtin");
        assertThat(new LinkCaseBarcode(ORDER.id(), TAPE_LINE.id(), "14012345678909").violations())
                .containsExactly(new Violation("gtin", "GTIN 14012345678909 has a wrong check digit (expected 8)"));
    }

    @Test
    void aLinkNotYetSentNamesTheCaseOnItsLineAtOnceWithTheCatalogsPackSize() {
        EntityKey key = new EntityKey(PurchaseOrderView.TYPE, ORDER.id());
        Map<EntityKey, SyncedView> base = Map.of(key, ORDER, new EntityKey(ItemView.TYPE, TAPE.id()), TAPE);
        LinkCaseBarcode link = new LinkCaseBarcode(ORDER.id(), TAPE_LINE.id(), CASE);
        ReceiveGoods twoCases = new ReceiveGoods(ORDER.id(), CASE, new BigDecimal("72"), null, null, null, false);

        Rebase.LocalState local = Rebase.apply(base, List.of(pending(link), pending(twoCases)));

        PurchaseOrderView order = local.replica().find(PurchaseOrderView.class, PurchaseOrderView.TYPE, ORDER.id()).orElseThrow();
        assertThat(order.lines().getFirst().itemCase()).isEqualTo(new PurchaseOrderView.Case(CASE, 36));
        assertThat(order.find(CASE)).hasValueSatisfying(found -> assertThat(found.eachesPerUnit()).isEqualTo(36));
        assertThat(order.lines().getFirst().received()).as("cases scanned after the link count on the line").isEqualByComparingTo("72");
        assertThat(local.pending()).containsExactly(key);
    }

    @Test
    void aLineWhoseCaseIsKnownKeepsIt() {
        PurchaseOrderView.Case known = new PurchaseOrderView.Case("24012345678905", 24);
        PurchaseOrderView withCase = ORDER.withCase(TAPE_LINE.id(), known);
        Map<EntityKey, SyncedView> base = Map.of(new EntityKey(PurchaseOrderView.TYPE, ORDER.id()), withCase,
                new EntityKey(ItemView.TYPE, TAPE.id()), TAPE);

        Rebase.LocalState local = Rebase.apply(base, List.of(pending(new LinkCaseBarcode(ORDER.id(), TAPE_LINE.id(), CASE))));

        assertThat(local.replica().find(PurchaseOrderView.class, PurchaseOrderView.TYPE, ORDER.id()).orElseThrow()
                .lines().getFirst().itemCase()).isEqualTo(known);
        assertThat(local.pending()).isEmpty();
    }

    private static Rebase.Pending pending(DeviceCommand command) {
        return new Rebase.Pending(command, UUID.randomUUID(), Instant.now());
    }
}
