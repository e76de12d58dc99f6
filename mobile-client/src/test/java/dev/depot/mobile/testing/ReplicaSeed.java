package dev.depot.mobile.testing;

import dev.depot.model.changes.EntityKey;
import dev.depot.model.contact.ContactDetails;
import dev.depot.model.contact.ShipTo;
import dev.depot.model.commands.CommandResult;
import dev.depot.model.commands.Outcome;
import dev.depot.model.commands.PlaceOrder;
import dev.depot.model.gs1.Gtin;
import dev.depot.model.identity.Role;
import dev.depot.model.money.Money;
import dev.depot.model.pricing.PriceBreak;
import dev.depot.model.views.CountTaskView;
import dev.depot.model.views.CustomerView;
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
import dev.depot.model.views.ReplenishmentTaskView;
import dev.depot.model.views.StockLevelView;
import dev.depot.model.views.SyncedView;
import dev.depot.sync.client.BaseStep;
import dev.depot.sync.client.JournalUpdate;
import dev.depot.sync.client.VersionedView;
import dev.depot.sync.protocol.CommandEnvelope;
import dev.depot.sync.protocol.DeviceRegistration;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A small, realistic replica for device tests: a rep's customers, a catalog with real GTINs and
 * prices, and a picker's tasks, written to a journal as the first pull would write it.
 */
public final class ReplicaSeed {

    public static final UUID WAREHOUSE = UUID.fromString("00000000-0000-7000-8000-00000000a001");
    public static final String PRICE_LIST = "STD";

    public static final ItemView GLOVES = item("GLV-100", "Nitrile gloves, box of 100", "950600013435");
    public static final ItemView TAPE = item("TPE-48", "Packing tape 48 mm", "401234567890");
    public static final ItemView LABELS = item("LBL-A6", "Shipping labels A6, roll", "871234567890");

    public static final CustomerView ACME = customer("C-1001", "Acme Hardware", "Springfield", "5000.00", "1200.00", "300.00");
    public static final CustomerView BOLT = customer("C-1002", "Bolt & Nut Supply", "Shelbyville", "2000.00", "0.00", "0.00");
    public static final CustomerView CORNER = customer("C-1003", "Corner Store", "Ogdenville", "500.00", "450.00", "0.00");

    public static final String WAVE = "W-000007";
    /** The gloves are kept by lot: the task names the lot in the bin that expires first. */
    public static final PickTaskView FIRST_TASK = task(10, "A-01-3", GLOVES, "6", new PickTaskView.Lot("L2411A", LocalDate.of(2027, 3, 31)));
    public static final PickTaskView SECOND_TASK = task(20, "B-02-1", TAPE, "12", null);
    public static final PickTaskView THIRD_TASK = task(30, "C-04-2", LABELS, "3", null);

    /** A blind count after a short pick: the shipping labels in C-04-2. */
    public static final CountTaskView COUNT = new CountTaskView(UUID.nameUUIDFromBytes("count-C-04-2".getBytes()), WAREHOUSE, "C-04-2", 30,
            LABELS.id(), LABELS.sku(), LABELS.gtin(), LABELS.name(), "Short pick: 2 fewer than the books said", false, null);

    public static final PurchaseOrderView PURCHASE_ORDER = new PurchaseOrderView(UUID.nameUUIDFromBytes("po-PO-000007".getBytes()),
            WAREHOUSE, "PO-000007", "Northwind Supplies", LocalDate.of(2026, 11, 24), List.of(
            poLine(1, GLOVES, "48"), poLine(2, TAPE, "24")), List.of());

    /** The gloves' pick face A-01-3 is low: two dozen boxes to bring from the reserve bin D-07-1. */
    public static final ReplenishmentTaskView REPLENISHMENT = new ReplenishmentTaskView(UUID.nameUUIDFromBytes("fill-A-01-3".getBytes()),
            WAREHOUSE, GLOVES.id(), GLOVES.sku(), GLOVES.gtin(), GLOVES.name(), "D-07-1", 70, "A-01-3", new BigDecimal("24"), BigDecimal.ZERO,
            Instant.parse("2026-11-23T09:40:00Z"));

    /** Two dozen rolls of tape received yesterday on PO-000007, headed for the bin that already holds tape. */
    public static final PutawayTaskView PUTAWAY = new PutawayTaskView(UUID.nameUUIDFromBytes("putaway-TPE-48".getBytes()), WAREHOUSE,
            "PO-000007", TAPE.id(), TAPE.sku(), TAPE.gtin(), TAPE.name(), "L-88", null, "RCV-01", new BigDecimal("24"), BigDecimal.ZERO,
            "B-02-1", PutawayRule.SAME_ITEM, Instant.parse("2026-11-22T15:30:00Z"));

    private final Map<EntityKey, VersionedView> views = new LinkedHashMap<>();

    private ReplicaSeed() {
    }

    /** Customers, items and prices, as a rep's device holds them. */
    public static ReplicaSeed forRep() {
        ReplicaSeed seed = new ReplicaSeed();
        seed.add(ACME).add(BOLT).add(CORNER).add(GLOVES).add(TAPE).add(LABELS);
        seed.add(price(GLOVES, new PriceBreak(BigDecimal.ONE, usd("8.90")), new PriceBreak(BigDecimal.TEN, usd("8.10"))));
        seed.add(price(TAPE, new PriceBreak(BigDecimal.ONE, usd("2.35"))));
        seed.add(price(LABELS, new PriceBreak(BigDecimal.ONE, usd("14.50"))));
        seed.add(stock(GLOVES, "40", "5")).add(stock(TAPE, "6", "0")); // labels: no stock level on the device
        return seed;
    }

    /** Items, the warehouse's open pick tasks (listed out of walk order on purpose) and a count. */
    public static ReplicaSeed forPicker() {
        ReplicaSeed seed = new ReplicaSeed();
        seed.add(GLOVES).add(TAPE).add(LABELS).add(THIRD_TASK).add(FIRST_TASK).add(SECOND_TASK).add(COUNT);
        return seed;
    }

    /** Items, a purchase order due in at the receiver's warehouse, and goods waiting for putaway. */
    public static ReplicaSeed forReceiver() {
        ReplicaSeed seed = new ReplicaSeed();
        seed.add(GLOVES).add(TAPE).add(LABELS).add(PURCHASE_ORDER).add(PUTAWAY);
        return seed;
    }

    public ReplicaSeed add(SyncedView view) {
        views.put(new EntityKey(view.entityType(), view.id()), new VersionedView(1, view));
        return this;
    }

    /** The first pull's update: a fresh base, a cursor and the scopes. */
    public JournalUpdate firstPull(Instant at) {
        return new JournalUpdate(BaseStep.WHOLE_COPY, views, Set.of(), Optional.of("cursor-1"), Optional.of(List.of("catalog")), 0, List.of(), at);
    }

    /** A later pull that brings no changes but says the commands up to {@code lastSeq} are done, with their results. */
    public static JournalUpdate pulledThrough(long lastSeq, List<CommandResult> results, Instant at) {
        return new JournalUpdate(BaseStep.APPLY, Map.of(), Set.of(), Optional.of("cursor-2"), Optional.empty(), lastSeq, results, at);
    }

    public Map<EntityKey, VersionedView> views() {
        return views;
    }

    /**
     * An order the rep placed earlier, accepted by the server with two of twelve boxes backordered,
     * with the earlier command's envelope and the server's result for it.
     */
    public static OrderView syncedOrder(DeviceRegistration rep, Instant placedAt) {
        OrderLineView line = new OrderLineView(1, GLOVES.id(), GLOVES.sku(), GLOVES.name(), new BigDecimal("12"),
                new BigDecimal("10"), new BigDecimal("2"), BigDecimal.ZERO, BigDecimal.ZERO, usd("8.10"), BigDecimal.ZERO,
                usd("97.20"));
        return new OrderView(UUID.nameUUIDFromBytes("SO-000012".getBytes()), "SO-000012", BOLT.id(), BOLT.name(), OrderStatus.OPEN,
                null, List.of(line), usd("97.20"), usd("8.02"), usd("105.22"), rep.userId(), placedAt, BOLT.defaultShipTo().orElseThrow().oneLine());
    }

    public static CommandEnvelope earlierOrderCommand(DeviceRegistration rep, Instant placedAt) {
        PlaceOrder order = new PlaceOrder(syncedOrder(rep, placedAt).id(), BOLT.id(),
                List.of(new PlaceOrder.Line(GLOVES.id(), new BigDecimal("12"), BigDecimal.ZERO, usd("8.10"))), usd("105.22"), null, null);
        return new CommandEnvelope(UUID.randomUUID(), rep.deviceId(), 1, placedAt, Map.of(), order);
    }

    public static CommandResult backordered(CommandEnvelope command) {
        return new CommandResult(command.commandId(), command.seq(), Outcome.ADJUSTED, "BACKORDERED", "2 backordered", null,
                Map.of("orderNumber", "SO-000012"));
    }

    public static DeviceRegistration rep() {
        return registration("rita", "Rita Rep", Role.REP);
    }

    public static DeviceRegistration picker() {
        return registration("paul", "Paul Picker", Role.PICKER);
    }

    public static DeviceRegistration receiver() {
        return registration("rita", "Rita Receiver", Role.RECEIVER);
    }

    public static DeviceRegistration registration(String username, String displayName, Role role) {
        return new DeviceRegistration(UUID.randomUUID(), "token-" + username, UUID.randomUUID(), username, displayName, role,
                WAREHOUSE);
    }

    public static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private static ItemView item(String sku, String name, String gtinBody) {
        return new ItemView(UUID.nameUUIDFromBytes(sku.getBytes()), sku, Gtin.withCheckDigit(gtinBody).shortForm(), name, 12,
                true);
    }

    private static CustomerView customer(String code, String name, String city, String limit, String receivables, String orders) {
        String email = "orders@" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "") + ".example";
        return new CustomerView(UUID.nameUUIDFromBytes(code.getBytes()), code, name, city, PRICE_LIST, new BigDecimal("8.25"),
                usd(limit), usd(receivables), usd(orders), WAREHOUSE, new ContactDetails("555-01" + code.substring(code.length() - 2),
                email, "Dana Miles"), List.of(
                new ShipTo(UUID.nameUUIDFromBytes((code + "/main").getBytes()), name, "1 Market St", "01001", city, "US", true),
                new ShipTo(UUID.nameUUIDFromBytes((code + "/yard").getBytes()), name + " Yard", "9 Rail Spur", "01009", city, "US",
                        false)));
    }

    private static ItemPriceView price(ItemView item, PriceBreak... breaks) {
        return new ItemPriceView(UUID.nameUUIDFromBytes(("price-" + item.sku()).getBytes()), PRICE_LIST, item.id(),
                List.of(breaks));
    }

    private static StockLevelView stock(ItemView item, String onHand, String reserved) {
        return new StockLevelView(UUID.nameUUIDFromBytes(("stock-" + item.sku()).getBytes()), item.id(), WAREHOUSE,
                new BigDecimal(onHand), new BigDecimal(reserved));
    }

    private static PurchaseOrderView.Line poLine(int number, ItemView item, String ordered) {
        return new PurchaseOrderView.Line(UUID.nameUUIDFromBytes(("po-line-" + number).getBytes()), number, item.id(), item.sku(),
                item.gtin(), item.name(), new BigDecimal(ordered), BigDecimal.ZERO, new PurchaseOrderView.Case(caseGtin(item), 12));
    }

    /** The barcode of an item's case of 12: indicator digit 1 in front of the each's GTIN, a new check digit. */
    public static String caseGtin(ItemView item) {
        return Gtin.withCheckDigit("1" + Gtin.parse(item.gtin()).digits().substring(1, 13)).digits();
    }

    private static PickTaskView task(int walkSequence, String bin, ItemView item, String quantity, PickTaskView.Lot lot) {
        return new PickTaskView(UUID.nameUUIDFromBytes(("task-" + walkSequence).getBytes()), WAREHOUSE,
                UUID.nameUUIDFromBytes("order-SO-000042".getBytes()), "SO-000042", walkSequence, bin, item.id(), item.sku(),
                item.gtin(), item.name(), new BigDecimal(quantity), BigDecimal.ZERO, PickTaskStatus.OPEN, new PickTaskView.Wave(WAVE, 1, null, null),
                lot);
    }
}
