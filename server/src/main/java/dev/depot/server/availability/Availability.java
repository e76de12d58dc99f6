package dev.depot.server.availability;

import dev.depot.server.inventory.Inventory;
import dev.depot.server.inventory.LocationBalance;
import dev.depot.server.inventory.LocationType;
import dev.depot.server.inventory.StockPositions;
import dev.depot.server.purchasing.PurchaseOrders;
import dev.depot.server.transfers.Transfers;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * What a warehouse can promise of an item, today and on the days purchase orders are due, read
 * from the same tables receiving, putaway, holds, reservations, purchase orders and transfers write.
 */
public final class Availability {

    private final Clock clock;
    private final Inventory inventory;
    private final PurchaseOrders purchaseOrders;
    private final Transfers transfers;

    public Availability(Clock clock, Inventory inventory, PurchaseOrders purchaseOrders, Transfers transfers) {
        this.clock = clock;
        this.inventory = inventory;
        this.purchaseOrders = purchaseOrders;
        this.transfers = transfers;
    }

    public AvailabilityByDate byDate(EntityManager em, UUID itemId, UUID warehouseId) {
        StockPositions.Position position = inventory.positions(em, warehouseId, List.of(itemId)).get(itemId);
        List<LocationBalance> balances = inventory.balances(em, itemId, warehouseId);
        AvailabilityByDate.Parts parts = new AvailabilityByDate.Parts(
                position == null ? BigDecimal.ZERO : position.onHand(), position == null ? BigDecimal.ZERO : position.reserved(),
                sum(balances, b -> b.type() == LocationType.RECEIVING),
                sum(balances, b -> b.type() == LocationType.STORAGE && b.heldSince() != null),
                sum(balances, b -> b.type() == LocationType.QUARANTINE));
        List<AvailabilityByDate.Inbound> inbound = new ArrayList<>();
        purchaseOrders.dueIn(em, warehouseId, itemId)
                .forEach(due -> inbound.add(new AvailabilityByDate.Inbound(due.expectedOn(), due.purchaseOrder(), due.outstanding())));
        transfers.dueIn(em, warehouseId, itemId)
                .forEach(due -> inbound.add(new AvailabilityByDate.Inbound(due.expectedOn(), due.transfer(), due.quantity())));
        return AvailabilityByDate.of(LocalDate.now(clock), parts, inbound);
    }

    private static BigDecimal sum(List<LocationBalance> balances, Predicate<LocationBalance> which) {
        return balances.stream().filter(which).map(LocationBalance::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
