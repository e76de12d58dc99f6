package dev.depot.server.syncapi;

import dev.depot.server.fulfillment.Fulfillment;
import dev.depot.server.identity.Identity;
import dev.depot.server.inbox.Inbox;
import dev.depot.server.orders.OrderCapture;
import dev.depot.server.partners.MergeContactEdit;
import dev.depot.server.partners.Partners;
import dev.depot.server.platform.SnapshotSource;
import dev.depot.server.counting.Counting;
import dev.depot.server.purchasing.PurchaseOrders;
import dev.depot.server.putaway.Putaway;
import dev.depot.server.replenishment.Replenishment;
import dev.depot.server.transfers.Transfers;
import dev.depot.server.platform.Transactions;
import java.time.Clock;
import java.util.List;

/** The sync capability wired together: command intake, change delivery, and their routes. */
public final class SyncApi {

    private final CommandIntake intake;
    private final ChangeDelivery delivery;
    private final ChangeLogRetention retention;

    /** @param longPoll how pulls with {@code wait} wait for the feed */
    public SyncApi(Transactions transactions, ChangeFeed feed, Wiring wiring, Clock clock, SyncSettings settings, LongPoll longPoll) {
        this.intake = new CommandIntake(transactions, new CommandHandlers(wiring.orderCapture(), wiring.fulfillment(),
                wiring.purchaseOrders(), wiring.putaway(), wiring.counting(), wiring.replenishment(), wiring.transfers(), wiring.inbox(),
                wiring.contactEdits()), feed, wiring.inbox(), clock);
        this.delivery = new ChangeDelivery(transactions, feed, new DeviceScopes(wiring.partners()),
                new SnapshotPages(wiring.snapshotSources(), settings.snapshotPage()), clock, longPoll);
        this.retention = new ChangeLogRetention(transactions, feed, clock, settings.retention());
    }

    /** The capabilities sync dispatches to and reads snapshots from. */
    public record Wiring(OrderCapture orderCapture, Fulfillment fulfillment, PurchaseOrders purchaseOrders, Putaway putaway,
                         Counting counting, Replenishment replenishment, Transfers transfers, Partners partners, Inbox inbox, MergeContactEdit contactEdits, List<SnapshotSource> snapshotSources) {
    }

    public SyncRoutes routes(Identity identity) {
        return new SyncRoutes(identity, intake, delivery);
    }

    /** Pruning of the change log; the server schedules it and stops it on shutdown. */
    public ChangeLogRetention retention() {
        return retention;
    }
}
