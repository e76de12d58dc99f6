package dev.depot.mobile.revoked;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.mobile.testing.ReplicaSeed;
import dev.depot.mobile.ui.Formats;
import dev.depot.model.changes.EntityKey;
import dev.depot.model.commands.ConfirmPick;
import dev.depot.model.commands.DeviceCommand;
import dev.depot.model.commands.LinkCaseBarcode;
import dev.depot.model.commands.PlaceOrder;
import dev.depot.model.commands.Replenish;
import dev.depot.model.commands.UpdateCustomerContact;
import dev.depot.model.contact.ContactChanges;
import dev.depot.model.views.Replica;
import dev.depot.model.views.SyncedView;
import dev.depot.sync.client.UnsentCommand;
import dev.depot.sync.client.VersionedView;
import dev.depot.sync.protocol.CommandEnvelope;
import dev.depot.sync.protocol.SyncJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UnsentWorkTextTest {

    private static final Instant TEN_FIFTEEN = Instant.parse("2026-11-23T10:15:00Z");
    private static final String AT = Formats.dayAndTime(TEN_FIFTEEN, ZoneOffset.UTC);

    private final UnsentWorkText text = new UnsentWorkText(ZoneOffset.UTC);

    @Test
    void anOrderIsToldByItsCustomerItsLinesItsTotalAndTheirReference() {
        PlaceOrder order = new PlaceOrder(UUID.randomUUID(), ReplicaSeed.ACME.id(), List.of(
                new PlaceOrder.Line(ReplicaSeed.GLOVES.id(), new BigDecimal("12"), null, null),
                new PlaceOrder.Line(ReplicaSeed.TAPE.id(), new BigDecimal("2.50"), null, null)),
                ReplicaSeed.usd("105.22"), "PO-77", null);

        assertThat(text.describe(envelope(1, order), replica(ReplicaSeed.forRep().views())))
                .isEqualTo("Order for Acme Hardware at " + AT + ": 12 × Nitrile gloves, box of 100, 2.5 × Packing tape 48 mm; "
                        + "total " + Formats.money(ReplicaSeed.usd("105.22")) + "; their reference PO-77");
    }

    @Test
    void aPickIsToldByItsOrderItemAndBin() {
        ConfirmPick pick = new ConfirmPick(ReplicaSeed.FIRST_TASK.id(), "A-01-3", ReplicaSeed.GLOVES.gtin(), new BigDecimal("6"), null);

        assertThat(text.describe(envelope(2, pick), replica(ReplicaSeed.forPicker().views())))
                .isEqualTo("Pick for SO-000042 at " + AT + ": 6 × Nitrile gloves, box of 100 from bin A-01-3 (scanned "
                        + ReplicaSeed.GLOVES.gtin() + ")");
    }

    @Test
    void aCaseBarcodeLinkIsToldByItsOrderAndItem() {
        String barcode = ReplicaSeed.caseGtin(ReplicaSeed.TAPE);
        LinkCaseBarcode link = new LinkCaseBarcode(ReplicaSeed.PURCHASE_ORDER.id(), ReplicaSeed.PURCHASE_ORDER.lines().get(1).id(), barcode);

        assertThat(text.describe(envelope(3, link), replica(ReplicaSeed.forReceiver().views())))
                .isEqualTo("Case barcode on PO-000007 at " + AT + ": " + barcode + " is a case of Packing tape 48 mm (TPE-48)");
    }

    @Test
    void aReplenishmentIsToldByItsItemAndBothBins() {
        Replenish moved = new Replenish(ReplicaSeed.REPLENISHMENT.id(), "D-07-1", ReplicaSeed.GLOVES.gtin(), "A-01-3", new BigDecimal("24"));

        assertThat(text.describe(envelope(4, moved), replica(ReplicaSeed.forPicker().add(ReplicaSeed.REPLENISHMENT).views())))
                .isEqualTo("Replenishment at " + AT + ": 24 × Nitrile gloves, box of 100 from bin D-07-1 into bin A-01-3");
    }

    @Test
    void aContactCorrectionIsToldByItsCustomerAndTheNewValues() {
        UpdateCustomerContact edit = new UpdateCustomerContact(ReplicaSeed.ACME.id(),
                new ContactChanges("+1 614 555 0100", null, "Dana Byrne"), 3L);

        assertThat(text.describe(envelope(3, edit), replica(ReplicaSeed.forRep().views())))
                .startsWith("Contact details of Acme Hardware at " + AT + ": ")
                .contains("Phone +1 614 555 0100").contains("Contact name Dana Byrne");
    }

    @Test
    void whatTheReplicaNoLongerHoldsIsToldByItsId() {
        PlaceOrder order = new PlaceOrder(UUID.randomUUID(), UUID.randomUUID(),
                List.of(new PlaceOrder.Line(UUID.randomUUID(), BigDecimal.ONE, null, null)), null, null, null);

        assertThat(text.describe(envelope(1, order), replica(Map.of())))
                .startsWith("Order for customer " + order.customerId()).contains("1 × item " + order.lines().getFirst().itemId())
                .doesNotContain("total");
    }

    @Test
    void theListForTheOfficeHoldsEachCommandAsItWouldHaveBeenSent() {
        CommandEnvelope pick = envelope(4, new ConfirmPick(UUID.randomUUID(), "A-01-3", "123", BigDecimal.ONE, null));

        String export = UnsentWorkText.export(List.of(new UnsentCommand(pick, "Pick of one")));

        assertThat(export).contains("#4 Pick of one").contains(SyncJson.toJson(pick));
    }

    private static CommandEnvelope envelope(long seq, DeviceCommand command) {
        return new CommandEnvelope(UUID.randomUUID(), UUID.randomUUID(), seq, TEN_FIFTEEN, Map.of(), command);
    }

    private static Replica replica(Map<EntityKey, VersionedView> views) {
        Map<EntityKey, SyncedView> plain = new HashMap<>();
        views.forEach((key, view) -> plain.put(key, view.view()));
        return new Replica(plain);
    }
}
