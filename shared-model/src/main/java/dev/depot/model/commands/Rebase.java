package dev.depot.model.commands;

import dev.depot.model.changes.EntityKey;
import dev.depot.model.contact.ShipTo;
import dev.depot.model.gs1.Gtin;
import dev.depot.model.pricing.OrderLineRequest;
import dev.depot.model.pricing.OrderPricing;
import dev.depot.model.pricing.PriceList;
import dev.depot.model.pricing.PricedLine;
import dev.depot.model.pricing.PricedOrder;
import dev.depot.model.views.CountTaskView;
import dev.depot.model.views.CustomerView;
import dev.depot.model.views.InboxEntryView;
import dev.depot.model.views.ItemView;
import dev.depot.model.views.OrderLineView;
import dev.depot.model.views.OrderStatus;
import dev.depot.model.views.OrderView;
import dev.depot.model.views.PickTaskStatus;
import dev.depot.model.views.PickTaskView;
import dev.depot.model.views.PurchaseOrderView;
import dev.depot.model.views.PutawayTaskView;
import dev.depot.model.views.ReplenishmentTaskView;
import dev.depot.model.views.Replica;
import dev.depot.model.views.SyncedView;
import dev.depot.model.views.TransferView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The device's view of the world: the server's state as last pulled, with the device's own pending
 * commands laid on top in order. After every pull the pending commands are laid again on the new
 * base, so the person always sees the server's truth plus their own unsynced work: their orders,
 * their picks, putaways, replenishments, transfer loads and receipts and counts, the credit those orders already use, their contact edits and the inbox entries they read.
 */
public final class Rebase {

    private Rebase() {
    }

    /** A pending command as the reducers need it: the command and when and by whom it was made. */
    public record Pending(DeviceCommand command, UUID userId, Instant occurredAt) {
    }

    /**
     * The views to show, and which of them carry work not yet accepted by the server (the orders and
     * tasks the commands made or changed, in the order the commands were made).
     */
    public record LocalState(Replica replica, Set<EntityKey> pending) {

        public Map<EntityKey, SyncedView> views() {
            return replica.views();
        }
    }

    public static LocalState apply(Map<EntityKey, SyncedView> base, List<Pending> pending) {
        Layers layers = new Layers(new Replica(base));
        for (Pending p : pending) {
            switch (p.command()) {
                case PlaceOrder order -> layers.placeOrder(order, p);
                case ConfirmPick pick -> layers.confirmPick(pick);
                case AcknowledgeInbox read -> layers.acknowledge(read);
                case UpdateCustomerContact edit -> layers.updateContact(edit);
                case ReceiveGoods receipt -> layers.receive(receipt);
                case PutAway putaway -> layers.putAway(putaway);
                case CountStock count -> layers.count(count);
                case LinkCaseBarcode link -> layers.linkCase(link);
                case Replenish replenish -> layers.replenish(replenish);
                case LoadTransfer load -> layers.load(load);
                case ReceiveTransfer receipt -> layers.receive(receipt);
            }
        }
        return layers.localState();
    }

    /**
     * One rebase in progress: the server's state, read once, and what the pending commands changed
     * so far. Pending commands never change items or prices, so those come from the server's state,
     * and each customer's price list is built once however many orders are laid.
     */
    private static final class Layers {

        private final Replica server;
        private final Map<EntityKey, SyncedView> changed = new HashMap<>();
        private final Set<EntityKey> work = new LinkedHashSet<>();
        private final Map<PriceListKey, PriceList> priceLists = new HashMap<>();

        Layers(Replica server) {
            this.server = server;
        }

        void placeOrder(PlaceOrder order, Pending pending) {
            if (order.orderId() == null || find(OrderView.class, OrderView.TYPE, order.orderId()).isPresent()) {
                return; // the server already has it (its version wins), or an earlier command made it
            }
            CustomerView customer = order.customerId() == null ? null
                    : find(CustomerView.class, CustomerView.TYPE, order.customerId()).orElse(null);
            if (customer == null || !order.violations().isEmpty()) {
                return;
            }
            Optional<PricedOrder> priced = price(customer, order);
            if (priced.isEmpty()) {
                return;
            }
            OrderView provisional = provisionalOrder(order, pending, customer, priced.get());
            layWork(provisional);
            if (customer.openOrders().currency().equals(provisional.total().currency())) {
                // the server will count it against the limit; the rep must see it counted before then
                layConsequence(customer.withOpenOrder(provisional.total()));
            }
        }

        void confirmPick(ConfirmPick pick) {
            if (pick.taskId() == null || pick.quantity() == null) {
                return;
            }
            find(PickTaskView.class, PickTaskView.TYPE, pick.taskId()).ifPresent(task -> {
                PickTaskStatus status = pick.quantity().compareTo(task.quantity()) < 0 ? PickTaskStatus.SHORT : PickTaskStatus.PICKED;
                layWork(task.withPick(pick.quantity(), status));
            });
        }

        /**
         * The receipt counts on its line at once, so the receiver sees what is still to come while
         * offline; an announced pallet it came from shows as received.
         */
        void receive(ReceiveGoods receipt) {
            if (receipt.purchaseOrderId() == null || !receipt.violations().isEmpty()) {
                return;
            }
            find(PurchaseOrderView.class, PurchaseOrderView.TYPE, receipt.purchaseOrderId())
                    .ifPresent(order -> order.lineFor(receipt.itemCode()).ifPresent(line -> {
                        PurchaseOrderView received = order.withReceived(line.id(), receipt.quantity());
                        layWork(receipt.sscc() == null ? received : received.withPalletReceived(receipt.sscc()));
                    }));
        }

        /** The goods put away come off the task at once; a task put away in full leaves the receiver's list. */
        void putAway(PutAway putaway) {
            if (putaway.taskId() == null || !putaway.violations().isEmpty()) {
                return;
            }
            find(PutawayTaskView.class, PutawayTaskView.TYPE, putaway.taskId())
                    .ifPresent(task -> layWork(task.withPutAway(putaway.quantity())));
        }

        /**
         * A case barcode linked names its item's case at once, so the receiver goes on scanning cases
         * offline; the case holds what the catalog packs in one. A line whose case is known keeps it.
         */
        void linkCase(LinkCaseBarcode link) {
            if (!link.violations().isEmpty()) {
                return;
            }
            find(PurchaseOrderView.class, PurchaseOrderView.TYPE, link.purchaseOrderId()).ifPresent(order -> order.line(link.lineId())
                    .filter(line -> line.itemCase() == null)
                    .flatMap(line -> server.item(line.itemId()))
                    .ifPresent(item -> layWork(order.withCase(link.lineId(),
                            new PurchaseOrderView.Case(Gtin.parse(link.gtin()).digits(), item.eachesPerCase())))));
        }

        /** The goods moved come off the task at once; a pick face filled in full leaves the list. */
        void replenish(Replenish replenish) {
            if (!replenish.violations().isEmpty()) {
                return;
            }
            find(ReplenishmentTaskView.class, ReplenishmentTaskView.TYPE, replenish.taskId())
                    .ifPresent(task -> layWork(task.withMoved(replenish.quantity())));
        }

        /** What was loaded comes off the line at once, so the picker sees what is still to load while offline. */
        void load(LoadTransfer load) {
            if (!load.violations().isEmpty()) {
                return;
            }
            find(TransferView.class, TransferView.TYPE, load.transferId())
                    .filter(transfer -> transfer.line(load.lineId()).isPresent())
                    .ifPresent(transfer -> layWork(transfer.withLoaded(load.lineId(), load.quantity())));
        }

        /** What came off the truck counts on its line at once, so the receiver sees what is still to come while offline. */
        void receive(ReceiveTransfer receipt) {
            if (!receipt.violations().isEmpty()) {
                return;
            }
            find(TransferView.class, TransferView.TYPE, receipt.transferId())
                    .ifPresent(transfer -> transfer.lineFor(receipt.itemCode())
                            .ifPresent(line -> layWork(transfer.withReceived(line.id(), receipt.quantity()))));
        }

        /** A count recorded shows as counted at once; the books' verdict comes with the next pull. */
        void count(CountStock count) {
            if (count.taskId() == null || !count.violations().isEmpty()) {
                return;
            }
            find(CountTaskView.class, CountTaskView.TYPE, count.taskId()).ifPresent(task -> layWork(task.withCounted(count.counted())));
        }

        void acknowledge(AcknowledgeInbox read) {
            if (read.entryId() == null) {
                return;
            }
            find(InboxEntryView.class, InboxEntryView.TYPE, read.entryId())
                    .filter(entry -> !entry.read())
                    .ifPresent(entry -> layWork(entry.markedRead()));
        }

        /** The rep's edit shows at once; the server may keep the office's value for a field, and the next pull says so. */
        void updateContact(UpdateCustomerContact edit) {
            if (edit.customerId() == null || !edit.violations().isEmpty()) {
                return;
            }
            find(CustomerView.class, CustomerView.TYPE, edit.customerId())
                    .ifPresent(customer -> layWork(customer.withContact(customer.contact().with(edit.changes()))));
        }

        LocalState localState() {
            if (changed.isEmpty()) {
                return new LocalState(server, Set.of());
            }
            Map<EntityKey, SyncedView> views = new HashMap<>(server.views());
            views.putAll(changed);
            return new LocalState(new Replica(views), Collections.unmodifiableSet(work));
        }

        private Optional<PricedOrder> price(CustomerView customer, PlaceOrder order) {
            try {
                PriceList priceList = priceLists.computeIfAbsent(PriceListKey.of(customer), key -> server.priceListFor(customer));
                List<OrderLineRequest> requests = order.lines().stream()
                        .map(l -> Replica.line(l.itemId(), l.quantity(), l.discountPercent()))
                        .toList();
                return Optional.of(OrderPricing.price(requests, priceList, customer.taxRate()));
            } catch (IllegalArgumentException unpriceable) {
                // The device lost the price since, or the line cannot be priced: the order shows in the outbox only,
                // and one bad command must never break the view of everything else.
                return Optional.empty();
            }
        }

        private OrderView provisionalOrder(PlaceOrder order, Pending pending, CustomerView customer, PricedOrder priced) {
            List<OrderLineView> lines = new ArrayList<>();
            for (PricedLine line : priced.lines()) {
                ItemView item = server.item(line.itemId()).orElse(null);
                lines.add(new OrderLineView(line.lineNumber(), line.itemId(), item == null ? null : item.sku(),
                        item == null ? null : item.name(), line.quantity(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                        BigDecimal.ZERO, line.unitPrice(), line.discount().value(), line.net()));
            }
            return new OrderView(order.orderId(), null, customer.id(), customer.name(), OrderStatus.AWAITING_SYNC, null, lines,
                    priced.subtotal(), priced.tax(), priced.total(), pending.userId(), pending.occurredAt(), shipTo(order, customer));
        }

        /** Where the order goes, as the server will record it: the chosen ship-to, else the customer's default. */
        private static String shipTo(PlaceOrder order, CustomerView customer) {
            return customer.shipTos().stream()
                    .filter(s -> order.shipToId() == null ? s.isDefault() : s.id().equals(order.shipToId()))
                    .findFirst().map(ShipTo::oneLine).orElse(null);
        }

        private <T extends SyncedView> Optional<T> find(Class<T> type, String entityType, UUID id) {
            EntityKey key = new EntityKey(entityType, id);
            SyncedView view = changed.containsKey(key) ? changed.get(key) : server.views().get(key);
            return type.isInstance(view) ? Optional.of(type.cast(view)) : Optional.empty();
        }

        /** A record the person's own command made or changed. */
        private void layWork(SyncedView view) {
            work.add(layConsequence(view));
        }

        /** A record that changed because of the person's commands, without being their work itself. */
        private EntityKey layConsequence(SyncedView view) {
            EntityKey key = new EntityKey(view.entityType(), view.id());
            changed.put(key, view);
            return key;
        }
    }

    /** What a customer's price list is built from. */
    private record PriceListKey(String code, String currency) {

        static PriceListKey of(CustomerView customer) {
            return new PriceListKey(customer.priceList(), customer.creditLimit().currency());
        }
    }
}
