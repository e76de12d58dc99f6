package dev.depot.sync.client;

import dev.depot.model.contact.ContactDetails;
import dev.depot.model.changes.EntityKey;
import dev.depot.model.commands.CommandResult;
import dev.depot.model.commands.ConfirmPick;
import dev.depot.model.commands.Outcome;
import dev.depot.model.commands.PlaceOrder;
import dev.depot.model.identity.Role;
import dev.depot.model.money.Money;
import dev.depot.model.pricing.PriceBreak;
import dev.depot.model.views.CustomerView;
import dev.depot.model.views.ItemPriceView;
import dev.depot.model.views.ItemView;
import dev.depot.model.views.SyncedView;
import dev.depot.sync.protocol.CommandEnvelope;
import dev.depot.sync.protocol.DeviceRegistration;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test data for the sync engine: a rep's device, a customer, a widget and its price. */
final class Fixtures {

    static final Instant TEN_FIFTEEN = Instant.parse("2026-11-23T10:15:00Z");
    static final DeviceRegistration REP_DEVICE = new DeviceRegistration(UUID.randomUUID(), "token-rep-1", UUID.randomUUID(),
            "rep1", "Rita Rep", Role.REP, null);
    static final UUID WIDGET = UUID.randomUUID();
    static final CustomerView ACME = new CustomerView(UUID.randomUUID(), "C-1", "Acme Hardware", "Springfield", "STD",
            new BigDecimal("8.25"), usd("5000.00"), usd("0.00"), usd("0.00"), UUID.randomUUID(),
            ContactDetails.NONE, List.of());
    static final ItemView WIDGET_ITEM = new ItemView(WIDGET, "WID-1", "09506000134352", "Widget", 12, true);
    static final ItemPriceView WIDGET_PRICE = new ItemPriceView(UUID.randomUUID(), "STD", WIDGET,
            List.of(new PriceBreak(BigDecimal.ONE, usd("10.00")), new PriceBreak(BigDecimal.TEN, usd("9.00"))));

    private Fixtures() {
    }

    static PlaceOrder anOrderForAcme(String widgets) {
        return new PlaceOrder(UUID.randomUUID(), ACME.id(),
                List.of(new PlaceOrder.Line(WIDGET, new BigDecimal(widgets), null, null)), null, null, null);
    }

    static ConfirmPick aPick() {
        return new ConfirmPick(UUID.randomUUID(), "A-01-02", "09506000134352", BigDecimal.ONE, null);
    }

    static CommandEnvelope envelope(long seq) {
        return new CommandEnvelope(UUID.randomUUID(), REP_DEVICE.deviceId(), seq, TEN_FIFTEEN, Map.of(), aPick());
    }

    static CommandResult applied(long seq) {
        return new CommandResult(UUID.randomUUID(), seq, Outcome.APPLIED, "APPLIED", "done", null, Map.of());
    }

    static EntityKey keyOf(SyncedView view) {
        return new EntityKey(view.entityType(), view.id());
    }

    static Money usd(String amount) {
        return Money.of(amount, "USD");
    }
}
