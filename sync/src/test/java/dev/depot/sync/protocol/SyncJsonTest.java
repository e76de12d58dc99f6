package dev.depot.sync.protocol;

import dev.depot.model.commands.AcknowledgeInbox;
import dev.depot.model.commands.CountStock;
import dev.depot.model.commands.PutAway;
import dev.depot.model.commands.PutawayOverride;
import dev.depot.model.commands.ReceiveGoods;
import dev.depot.model.commands.UpdateCustomerContact;
import dev.depot.model.contact.ContactChanges;
import dev.depot.model.contact.ContactDetails;
import dev.depot.model.contact.ShipTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.depot.model.changes.ChangeEntry;
import dev.depot.model.changes.Scope;
import dev.depot.model.commands.CommandResult;
import dev.depot.model.commands.ConfirmPick;
import dev.depot.model.commands.Outcome;
import dev.depot.model.commands.PlaceOrder;
import dev.depot.model.money.Money;
import dev.depot.model.pricing.PriceBreak;
import dev.depot.model.views.CountTaskView;
import dev.depot.model.views.CustomerView;
import dev.depot.model.views.InboxEntryView;
import dev.depot.model.views.ItemPriceView;
import dev.depot.model.views.ItemView;
import dev.depot.model.views.OrderLineView;
import dev.depot.model.views.OrderStatus;
import dev.depot.model.views.OrderView;
import dev.depot.model.views.PickTaskStatus;
import dev.depot.model.views.PickTaskView;
import dev.depot.model.views.PurchaseOrderView;
import dev.depot.model.views.PutawayRule;
import dev.depot.model.views.PutawayTaskView;
import dev.depot.model.views.SyncedView;
import jakarta.json.bind.JsonbException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SyncJsonTest {

    private static final UUID DEVICE = UUID.randomUUID();
    private static final UUID CUSTOMER = UUID.randomUUID();
    private static final Money PRICE_EACH = Money.of("2.50", "USD");
    private static final ItemView ITEM = new ItemView(UUID.randomUUID(), "SKU-1", "09506000134352", "Widget", 12, true);
    private static final ItemPriceView PRICE = new ItemPriceView(UUID.randomUUID(), "STD", ITEM.id(),
            List.of(new PriceBreak(BigDecimal.ONE, PRICE_EACH), new PriceBreak(BigDecimal.TEN, Money.of("2.25", "USD"))));
    private static final CustomerView ACME = new CustomerView(CUSTOMER, "C-1", "Acme", "Springfield", "STD", new BigDecimal("8.25"),
            Money.of("5000.00", "USD"), Money.zero("USD"), Money.of("120.00", "USD"), UUID.randomUUID(),
            new ContactDetails("614-555-0100", "orders@acme.example", "Dana Miles"),
            List.of(new ShipTo(UUID.randomUUID(), "Acme Hardware", "1 Main St", "62701", "Springfield", "US", true)));
    private static final OrderView ORDER = new OrderView(UUID.randomUUID(), "SO-1", CUSTOMER, "Acme", OrderStatus.OPEN, null,
            List.of(new OrderLineView(1, ITEM.id(), "SKU-1", "Widget", BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ZERO,
                    BigDecimal.ZERO, BigDecimal.ZERO, PRICE_EACH, BigDecimal.ZERO, Money.of("25.00", "USD"))),
            Money.of("25.00", "USD"), Money.of("2.06", "USD"), Money.of("27.06", "USD"), UUID.randomUUID(),
            Instant.parse("2026-11-23T10:15:00Z"), "Acme Hardware, 1 Main St, 62701 Springfield, US");
    private static final PickTaskView TASK = new PickTaskView(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "SO-1", 30,
            "A-01-02", ITEM.id(), "SKU-1", "09506000134352", "Widget", BigDecimal.TEN, BigDecimal.ZERO, PickTaskStatus.OPEN,
            new PickTaskView.Wave("W-000001", 3, UUID.randomUUID(), "Pat Picker"),
            new PickTaskView.Lot("L2411A", LocalDate.of(2027, 3, 31)));
    private static final InboxEntryView ENTRY = new InboxEntryView(UUID.randomUUID(), UUID.randomUUID(), "BACKORDERED",
            InboxEntryView.Attention.WARNING, "SO-1 accepted with changes", "2 each backordered", "Tell the customer.",
            InboxEntryView.About.order(ORDER.id(), "SO-1"), Instant.parse("2026-11-23T10:17:00Z"), false);
    private static final PurchaseOrderView PURCHASE = new PurchaseOrderView(UUID.randomUUID(), UUID.randomUUID(), "PO-000001",
            "Northwind", LocalDate.of(2026, 11, 25), List.of(new PurchaseOrderView.Line(UUID.randomUUID(), 1, ITEM.id(), "SKU-1",
            "09506000134352", "Widget", new BigDecimal("48"), new BigDecimal("12"), new PurchaseOrderView.Case("19506000134359", 12))),
            List.of(new PurchaseOrderView.Pallet("106141411234567897", List.of(), false)));
    private static final PutawayTaskView PUTAWAY = new PutawayTaskView(UUID.randomUUID(), UUID.randomUUID(), "PO-000001", ITEM.id(),
            "SKU-1", "09506000134352", "Widget", "L7", LocalDate.of(2027, 5, 31), "RCV-01", new BigDecimal("12"), BigDecimal.ZERO,
            "A-01-02", PutawayRule.SAME_ITEM, Instant.parse("2026-11-23T10:19:00Z"));
    private static final CountTaskView COUNT = new CountTaskView(UUID.randomUUID(), UUID.randomUUID(), "A-01-2", 20, ITEM.id(), "SKU-1",
            "09506000134352", "Widget", "Short pick: 2 fewer than the books said", true, null);

    @Test
    void aPushOfEveryCommandTypeReadsBackEqual() {
        PlaceOrder order = new PlaceOrder(UUID.randomUUID(), UUID.randomUUID(),
                List.of(new PlaceOrder.Line(UUID.randomUUID(), new BigDecimal("12"), new BigDecimal("5.5"), Money.of("3.10", "USD"))),
                Money.of("35.15", "USD"), "PO-7781", null);
        ConfirmPick pick = new ConfirmPick(UUID.randomUUID(), "A-01-02", "09506000134352", new BigDecimal("4"), null);
        AcknowledgeInbox read = new AcknowledgeInbox(UUID.randomUUID());
        UpdateCustomerContact edit = new UpdateCustomerContact(CUSTOMER, new ContactChanges("614-555-0199", null, ""), 7L);
        ReceiveGoods receipt = new ReceiveGoods(PURCHASE.id(), "09506000134352", new BigDecimal("12"), "L7", LocalDate.of(2027, 5, 31),
                "106141411234567897", false);
        PutAway putaway = new PutAway(PUTAWAY.id(), "A-01-03", new BigDecimal("12"), PutawayOverride.BIN_FULL);
        CountStock count = new CountStock(COUNT.id(), "A-01-2", "09506000134352", BigDecimal.ZERO);
        PushRequest push = new PushRequest(DEVICE, List.of(
                new CommandEnvelope(UUID.randomUUID(), DEVICE, 1, Instant.parse("2026-11-23T10:15:00Z"), Map.of("customer:x", 3L), order),
                new CommandEnvelope(UUID.randomUUID(), DEVICE, 2, Instant.parse("2026-11-23T10:16:00Z"), Map.of(), pick),
                new CommandEnvelope(UUID.randomUUID(), DEVICE, 3, Instant.parse("2026-11-23T10:17:00Z"), Map.of(), read),
                new CommandEnvelope(UUID.randomUUID(), DEVICE, 4, Instant.parse("2026-11-23T10:18:00Z"), Map.of(), edit),
                new CommandEnvelope(UUID.randomUUID(), DEVICE, 5, Instant.parse("2026-11-23T10:19:00Z"), Map.of(), receipt),
                new CommandEnvelope(UUID.randomUUID(), DEVICE, 6, Instant.parse("2026-11-23T10:20:00Z"), Map.of(), putaway),
                new CommandEnvelope(UUID.randomUUID(), DEVICE, 7, Instant.parse("2026-11-23T10:21:00Z"), Map.of(), count)));

        String json = SyncJson.toJson(push);

        assertThat(json).contains("\"type\":\"PlaceOrder\"").contains("\"type\":\"ConfirmPick\"")
                .contains("\"type\":\"AcknowledgeInbox\"").contains("\"type\":\"UpdateCustomerContact\"")
                .contains("\"type\":\"ReceiveGoods\"").contains("\"type\":\"PutAway\"").contains("\"type\":\"CountStock\"")
                .as("only the fields a person changed travel").doesNotContain("\"email\"").doesNotContain("changesNothing");
        assertThat(SyncJson.fromJson(json, PushRequest.class)).isEqualTo(push);
    }

    @Test
    void aPullOfEveryViewTypeReadsBackEqual() {
        PullResponse pull = new PullResponse("cursor", true, List.of("catalog", Scope.customer(CUSTOMER).key()), List.of(
                ChangeEntry.upsert(ITEM, 1, Scope.CATALOG),
                ChangeEntry.upsert(PRICE, 4, Scope.CATALOG),
                ChangeEntry.upsert(ACME, 2, Scope.customer(CUSTOMER)),
                ChangeEntry.upsert(ORDER, 1, Scope.customer(CUSTOMER)),
                ChangeEntry.upsert(TASK, 1, Scope.warehouse(UUID.randomUUID())),
                ChangeEntry.upsert(ENTRY, 1, Scope.user(ENTRY.userId())),
                ChangeEntry.upsert(PURCHASE, 2, Scope.warehouse(PURCHASE.warehouseId())),
                ChangeEntry.upsert(PUTAWAY, 1, Scope.warehouse(PUTAWAY.warehouseId())),
                ChangeEntry.upsert(COUNT, 1, Scope.warehouse(COUNT.warehouseId())),
                ChangeEntry.delete(ItemView.TYPE, UUID.randomUUID(), 9, Scope.CATALOG)),
                3, List.of(new CommandResult(UUID.randomUUID(), 3, Outcome.ADJUSTED, "BACKORDERED", "2 backordered", "none",
                        Map.of("orderNumber", "SO-1"))), false);

        assertThat(SyncJson.fromJson(SyncJson.toJson(pull), PullResponse.class)).isEqualTo(pull);
    }

    @Test
    void aPageInTheMiddleOfAFreshCopyReadsBackEqual() {
        PullResponse page = new PullResponse("copy-2", true, List.of("catalog"), List.of(ChangeEntry.upsert(ITEM, 1, Scope.CATALOG)),
                0, List.of(), true, false);

        assertThat(SyncJson.fromJson(SyncJson.toJson(page), PullResponse.class)).isEqualTo(page);
    }

    @Test
    void anUnknownCommandTypeIsRefusedWhenRead() {
        String json = """
                {"deviceId":"%s","commands":[{"commandId":"%s","deviceId":"%s","seq":1,
                 "command":{"type":"LaunchRocket","target":"moon"}}]}""".formatted(DEVICE, UUID.randomUUID(), DEVICE);

        assertThatThrownBy(() -> SyncJson.fromJson(json, PushRequest.class)).isInstanceOf(JsonbException.class);
    }

    @Test
    void moneyTravelsAsAmountAndCurrencyOnly() {
        assertThat(SyncJson.toJson(Money.of("12.50", "USD"))).isEqualTo("{\"amount\":12.50,\"currency\":\"USD\"}");
    }

    @Test
    void aViewOfEveryTypeWrittenAloneReadsBackAtTheTopLevelAsItsOwnType() {
        for (SyncedView view : List.of(ITEM, PRICE, ACME, ORDER, TASK, ENTRY, PURCHASE, PUTAWAY, COUNT)) {
            String json = SyncJson.toJson(view);

            // Yasson 3 resolves the "type" key of the top-level value itself: no holder object is needed
            assertThat(SyncJson.jsonb().fromJson(json, SyncedView.class)).isEqualTo(view);
            assertThat(SyncJson.readView(json)).isEqualTo(view);
        }
    }

    @Test
    void aViewReadsBackWhereverItsTypeKeyStands() {
        String typeLast = """
                {"id":"%s","sku":"SKU-1","gtin":"09506000134352","name":"Widget","eachesPerCase":12,"active":true,"type":"item"}"""
                .formatted(ITEM.id());

        assertThat(SyncJson.readView(typeLast)).isEqualTo(ITEM);
    }

    @Test
    void aViewOfAnUnknownTypeIsRefusedWhenRead() {
        assertThatThrownBy(() -> SyncJson.readView("{\"type\":\"rocket\",\"id\":\"%s\"}".formatted(UUID.randomUUID())))
                .isInstanceOf(JsonbException.class);
    }
}
