package dev.depot.server.inventory;

import dev.depot.model.changes.ChangeEntry;
import dev.depot.model.changes.Scope;
import dev.depot.model.ids.UuidV7;
import dev.depot.model.money.Money;
import dev.depot.model.views.StockLevelView;
import dev.depot.server.platform.ChangeLog;
import dev.depot.server.platform.DatabaseVendor;
import dev.depot.server.platform.ProblemException;
import dev.depot.server.platform.SnapshotPage;
import dev.depot.server.platform.SnapshotSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The inventory capability. Stock is an append-only ledger of movements; balances per location and
 * positions per warehouse change in the same transaction as the ledger line, by increments, so
 * concurrent movements commute. Available-to-promise = sellable on hand − open reservations, where
 * sellable means in a storage bin and not on hold.
 */
public final class Inventory implements SnapshotSource {

    private final Clock clock;
    private final StockIncrements increments;
    private final ChangeLog changes;

    public Inventory(Clock clock, DatabaseVendor vendor, ChangeLog changes) {
        this.clock = clock;
        this.increments = StockIncrements.on(vendor);
        this.changes = changes;
    }

    public Warehouse addWarehouse(EntityManager em, String code, String name) {
        Warehouse warehouse = new Warehouse(UuidV7.next(), code, name);
        em.persist(warehouse);
        return warehouse;
    }

    public Location addLocation(EntityManager em, UUID warehouseId, String code, LocationType type, int walkSequence) {
        Location location = new Location(UuidV7.next(), warehouseId, code, type, walkSequence);
        em.persist(location);
        return location;
    }

    /** Sets what a storage bin may take: its zone, its capacity in eaches and the item it is the fixed pick face of. */
    public Location setBinRules(EntityManager em, UUID locationId, BinRules rules) {
        Location bin = location(em, locationId);
        if (bin.type() != LocationType.STORAGE) {
            throw ProblemException.invalid("location", bin.code() + " is no storage bin; only bins take putaway rules");
        }
        bin.setRules(rules);
        return bin;
    }

    /** Sets when a pick face is topped up and to how much; only a bin that is an item's pick face has levels. */
    public Location setPickFaceLevels(EntityManager em, UUID locationId, PickFaceLevels levels) {
        Location bin = location(em, locationId);
        if (bin.rules().pickFaceItemId() == null) {
            throw ProblemException.invalid("location", bin.code() + " is no pick face; only a pick face is replenished");
        }
        bin.setLevels(levels);
        return bin;
    }

    public List<Warehouse> warehouses(EntityManager em) {
        return em.createQuery("select w from Warehouse w order by w.code", Warehouse.class).getResultList();
    }

    public Optional<Warehouse> warehouse(EntityManager em, UUID id) {
        return Optional.ofNullable(em.find(Warehouse.class, id));
    }

    public Optional<Location> location(EntityManager em, UUID warehouseId, String code) {
        return em.createQuery("select l from Location l where l.warehouseId = :w and l.code = :code", Location.class)
                .setParameter("w", warehouseId).setParameter("code", code)
                .getResultStream().findFirst();
    }

    public Location location(EntityManager em, UUID id) {
        return Optional.ofNullable(em.find(Location.class, id))
                .orElseThrow(() -> ProblemException.notFound("location " + id));
    }

    /** The warehouse's first location of a type (e.g. its pack station). */
    public Location first(EntityManager em, UUID warehouseId, LocationType type) {
        return em.createQuery("select l from Location l where l.warehouseId = :w and l.type = :t order by l.walkSequence",
                        Location.class)
                .setParameter("w", warehouseId).setParameter("t", type).setMaxResults(1)
                .getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.invalidState("warehouse " + warehouseId + " has no " + type + " location"));
    }

    /**
     * The warehouse's area of a type (its dock, its in-transit location), added under {@code code}
     * when it has none yet; the warehouse row is locked, so two transactions never add it twice.
     */
    public Location area(EntityManager em, UUID warehouseId, LocationType type, String code, int walkSequence) {
        em.find(Warehouse.class, warehouseId, LockModeType.PESSIMISTIC_WRITE);
        return em.createQuery("select l from Location l where l.warehouseId = :w and l.type = :t order by l.walkSequence", Location.class)
                .setParameter("w", warehouseId).setParameter("t", type).setMaxResults(1)
                .getResultStream().findFirst()
                .orElseGet(() -> addLocation(em, warehouseId, code, type, walkSequence));
    }

    /** Stock arriving from outside (a supplier, opening stock) at a cost: its ledger line and its value at that cost. */
    public Booked receive(EntityManager em, Movement receipt, Money unitCost) {
        if (receipt.from() != null) {
            throw new IllegalArgumentException("a receipt comes from outside the warehouse");
        }
        StockMovement line = record(em, receipt);
        return new Booked(line.id(), valuation(em, receipt.itemId(), unitCost.currency()).receive(receipt.quantity(), unitCost));
    }

    /** Stock that came in or went out: its ledger line, which a posting or document names, and its value. */
    public record Booked(UUID movementId, Money value) {
    }

    /** Stock moving within a warehouse (picking, putaway). */
    public StockMovement move(EntityManager em, Movement movement) {
        if (movement.from() == null || movement.to() == null) {
            throw new IllegalArgumentException("a move goes from one location to another");
        }
        return record(em, movement);
    }

    /** Stock leaving the warehouse (to a customer, back to a supplier, scrapped), valued at moving-average cost for its posting. */
    public Booked issue(EntityManager em, Movement goodsIssue, String currency) {
        if (goodsIssue.to() != null) {
            throw new IllegalArgumentException("a goods issue leaves the warehouse");
        }
        StockMovement line = record(em, goodsIssue);
        return new Booked(line.id(), valuation(em, goodsIssue.itemId(), currency).issue(goodsIssue.quantity()));
    }

    /**
     * Brings the books of an item in a bin to what a count found: a gain comes in, and a loss goes
     * out, at the item's moving-average cost ({@code costIfNone} while it has none). Returns the
     * ledger line and the value of the difference.
     */
    public Booked adjust(EntityManager em, Movement.SourceDocument count, UUID itemId, Location bin, BigDecimal difference, Instant at,
                         UUID by, Money costIfNone) {
        BigDecimal quantity = difference.abs();
        ItemValuation valuation = valuation(em, itemId, costIfNone.currency());
        if (difference.signum() > 0) {
            StockMovement line = record(em, new Movement(itemId, null, bin, quantity, MovementReason.COUNT_ADJUSTMENT, count, at, by));
            return new Booked(line.id(), valuation.receive(quantity, valuation.averageOr(costIfNone)));
        }
        StockMovement line = record(em, new Movement(itemId, bin, null, quantity, MovementReason.COUNT_ADJUSTMENT, count, at, by));
        return new Booked(line.id(), valuation.issue(quantity));
    }

    /**
     * What the books say a bin holds of an item, on hold or not (zero when it never held any); the
     * row stays locked to the end of the transaction, so no pick slips in between a count and its adjustment.
     */
    public BigDecimal lockedBalance(EntityManager em, UUID itemId, Location bin) {
        return lockedBalance(em, itemId, bin.id()).map(LockedBalance::quantity).orElse(BigDecimal.ZERO);
    }

    /** The item's moving-average cost, or {@code costIfNone} while it has none. */
    public Money averageCost(EntityManager em, UUID itemId, Money costIfNone) {
        ItemValuation valuation = em.find(ItemValuation.class, itemId);
        return valuation == null ? costIfNone : valuation.averageOr(costIfNone);
    }

    /**
     * Reserves up to {@code quantity} for an order line, as much as is available; returns what was
     * reserved. The item's position row stays locked to the end of the transaction, so two orders
     * cannot both take the last units.
     */
    public BigDecimal reserve(EntityManager em, UUID orderId, UUID orderLineId, UUID itemId, UUID warehouseId,
                              BigDecimal quantity) {
        StockPositions.Position position = StockPositions.lock(em,
                () -> addToPosition(em, itemId, warehouseId, BigDecimal.ZERO, BigDecimal.ZERO), itemId, warehouseId);
        BigDecimal reserved = quantity.min(position.onHand().subtract(position.reserved()).max(BigDecimal.ZERO));
        if (reserved.signum() > 0) {
            em.persist(new Reservation(UuidV7.next(), orderId, orderLineId, itemId, warehouseId, reserved, clock.instant()));
            addToPosition(em, itemId, warehouseId, BigDecimal.ZERO, reserved);
        }
        return reserved;
    }

    /** Picked stock no longer needs its reservation: the pick took it off the shelf. */
    public void consumeReservation(EntityManager em, UUID orderLineId, BigDecimal quantity) {
        reservation(em, orderLineId).ifPresent(r -> {
            BigDecimal taken = r.consume(quantity);
            addToPosition(em, r.itemId(), r.warehouseId(), BigDecimal.ZERO, taken.negate());
        });
    }

    /** The line will take no more from the shelf (it shipped short): what it still held is free again. */
    public void releaseReservation(EntityManager em, UUID orderLineId) {
        reservation(em, orderLineId).ifPresent(r -> consumeReservation(em, orderLineId, r.openQuantity()));
    }

    private static Optional<Reservation> reservation(EntityManager em, UUID orderLineId) {
        return em.createQuery("select r from Reservation r where r.orderLineId = :line", Reservation.class)
                .setParameter("line", orderLineId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /**
     * Puts an item in a storage bin on hold: what the books say the bin holds of it no longer counts
     * as on hand (so it is neither promised nor picked) until {@link #release}. Holding stock already
     * on hold, or stock the bin has no record of, changes nothing.
     */
    public void hold(EntityManager em, UUID itemId, Location bin, String reason) {
        lockedBalance(em, itemId, bin.id()).filter(b -> b.heldSince == null && bin.type().isSellable()).ifPresent(b -> {
            em.createNativeQuery("UPDATE stock_balance SET held_since = ?, held_reason = ? WHERE item_id = ? AND location_id = ?")
                    .setParameter(1, clock.instant().atOffset(ZoneOffset.UTC)).setParameter(2, reason)
                    .setParameter(3, itemId).setParameter(4, bin.id())
                    .executeUpdate();
            addToPosition(em, itemId, bin.warehouseId(), b.quantity.negate(), BigDecimal.ZERO);
        });
    }

    /** The item's stock in the bin counts as on hand again (the bin was counted); stock not on hold is left as it is. */
    public void release(EntityManager em, UUID itemId, Location bin) {
        lockedBalance(em, itemId, bin.id()).filter(b -> b.heldSince != null).ifPresent(b -> {
            em.createNativeQuery("UPDATE stock_balance SET held_since = NULL, held_reason = NULL WHERE item_id = ? AND location_id = ?")
                    .setParameter(1, itemId).setParameter(2, bin.id())
                    .executeUpdate();
            addToPosition(em, itemId, bin.warehouseId(), b.quantity, BigDecimal.ZERO);
        });
    }

    /** What a warehouse has on hold, by bin: what a supervisor has to get counted. */
    public List<HeldStock> held(EntityManager em, UUID warehouseId) {
        return em.createQuery("select new dev.depot.server.inventory.Inventory.HeldStock(l.code, b.itemId, b.heldSince, b.heldReason) "
                        + "from StockBalance b, Location l where b.locationId = l.id and l.warehouseId = :w and b.heldSince is not null "
                        + "order by l.code, b.heldSince", HeldStock.class)
                .setParameter("w", warehouseId).getResultList();
    }

    /** An item on hold in a bin. */
    public record HeldStock(String binCode, UUID itemId, Instant since, String reason) {
    }

    private record LockedBalance(BigDecimal quantity, Object heldSince) {
    }

    /**
     * The item's balance row in the bin, locked to the end of the transaction: a movement (whose
     * increment locks the same row) and a hold take turns, so a movement never misses whether its
     * stock counts as on hand.
     */
    private static Optional<LockedBalance> lockedBalance(EntityManager em, UUID itemId, UUID binId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT quantity, held_since FROM stock_balance WHERE item_id = ? AND location_id = ? "
                        + "FOR UPDATE")
                .setParameter(1, itemId).setParameter(2, binId)
                .getResultList();
        return rows.stream().findFirst().map(row -> new LockedBalance((BigDecimal) row[0], row[1]));
    }

    /** Whether the item's stock in the bin is on hold; the caller has just changed (and so locked) its row. */
    private static boolean isHeld(EntityManager em, UUID itemId, UUID binId) {
        return !em.createNativeQuery("SELECT 1 FROM stock_balance WHERE item_id = ? AND location_id = ? AND held_since IS NOT NULL")
                .setParameter(1, itemId).setParameter(2, binId)
                .getResultList().isEmpty();
    }

    /** Storage bins holding the item (not on hold) in a warehouse, along the pick path. */
    public List<BinStock> binsWithStock(EntityManager em, UUID itemId, UUID warehouseId) {
        return em.createQuery("select new dev.depot.server.inventory.BinStock(l.id, l.code, l.walkSequence, b.quantity) "
                        + "from StockBalance b, Location l where b.locationId = l.id and b.itemId = :item "
                        + "and l.warehouseId = :w and l.type = :storage and b.heldSince is null and b.quantity > 0 order by l.walkSequence",
                        BinStock.class)
                .setParameter("item", itemId).setParameter("w", warehouseId).setParameter("storage", LocationType.STORAGE)
                .getResultList();
    }

    /**
     * The lots of an item in a warehouse's locations, the first to expire first (lots without an
     * expiry last): what FEFO picks from, and what an item's page shows under each location.
     */
    public List<LotBalance> lots(EntityManager em, UUID itemId, UUID warehouseId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT b.location_id, b.lot, b.expires_on, b.quantity FROM stock_lot_balance b "
                        + "JOIN location l ON l.id = b.location_id WHERE b.item_id = ? AND l.warehouse_id = ? AND b.quantity > 0 "
                        + "ORDER BY b.expires_on NULLS LAST, b.lot, l.walk_sequence")
                .setParameter(1, itemId).setParameter(2, warehouseId).getResultList();
        return rows.stream().map(r -> new LotBalance((UUID) r[0], (String) r[1], Lots.date(r[2]), (BigDecimal) r[3])).toList();
    }

    /**
     * Storage bins holding the item (not on hold), in the order stock should leave them: the bin whose
     * lot expires first first (first expired, first out), then along the pick path.
     */
    public List<BinStock> binsFirstExpiringFirst(EntityManager em, UUID itemId, UUID warehouseId) {
        Map<UUID, LocalDate> expiry = new HashMap<>();
        lots(em, itemId, warehouseId).forEach(lot -> {
            if (lot.expiresOn() != null) {
                expiry.merge(lot.locationId(), lot.expiresOn(), (a, b) -> a.isBefore(b) ? a : b);
            }
        });
        return binsWithStock(em, itemId, warehouseId).stream()
                .sorted(Comparator.comparing((BinStock bin) -> expiry.get(bin.locationId()), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingInt(BinStock::walkSequence))
                .toList();
    }

    /** Where an item is in a warehouse, location by location along the walk (locations with nothing left out). */
    public List<LocationBalance> balances(EntityManager em, UUID itemId, UUID warehouseId) {
        return em.createQuery("select new dev.depot.server.inventory.LocationBalance(l.id, l.code, l.type, b.quantity, "
                        + "b.heldSince, b.heldReason) from StockBalance b, Location l where b.locationId = l.id and b.itemId = :item "
                        + "and l.warehouseId = :w and b.quantity <> 0 order by l.walkSequence, l.code", LocationBalance.class)
                .setParameter("item", itemId).setParameter("w", warehouseId).getResultList();
    }

    /** The item's ledger lines that moved stock into or out of the warehouse's locations, newest first, at most {@code limit}. */
    public List<StockMovement> ledger(EntityManager em, UUID itemId, UUID warehouseId, int limit) {
        return em.createQuery("select m from StockMovement m where m.itemId = :item and (m.fromLocationId in "
                        + "(select l.id from Location l where l.warehouseId = :w) or m.toLocationId in "
                        + "(select l.id from Location l where l.warehouseId = :w)) order by m.recordedAt desc, m.id desc", StockMovement.class)
                .setParameter("item", itemId).setParameter("w", warehouseId).setMaxResults(limit).getResultList();
    }

    /** Every location of a warehouse, along the walk. */
    public List<Location> locations(EntityManager em, UUID warehouseId) {
        return em.createQuery("select l from Location l where l.warehouseId = :w order by l.walkSequence, l.code", Location.class)
                .setParameter("w", warehouseId).getResultList();
    }

    /** On hand, reserved and available per item in each warehouse, for the admin. */
    public List<StockPositions.Position> positions(EntityManager em, UUID warehouseId) {
        return StockPositions.all(em, warehouseId);
    }

    /** The positions of these items in a warehouse, by item; items never stocked there are absent. */
    public Map<UUID, StockPositions.Position> positions(EntityManager em, UUID warehouseId, Collection<UUID> itemIds) {
        Map<UUID, StockPositions.Position> positions = new LinkedHashMap<>();
        StockPositions.of(em, warehouseId, itemIds).forEach(p -> positions.put(p.itemId(), p));
        return positions;
    }

    private StockMovement record(EntityManager em, Movement movement) {
        StockMovement line = new StockMovement(UuidV7.next(), movement, clock.instant());
        em.persist(line);
        List<Lots.Part> lots = movement.from() != null
                ? Lots.take(em, movement.itemId(), movement.from().id(), movement.quantity(), movement.lot())
                : movement.lot() == null ? List.of() : List.of(new Lots.Part(movement.lot().code(), movement.lot().expiresOn(), movement.quantity()));
        if (movement.to() != null) {
            Lots.put(em, increments, movement.itemId(), movement.to().id(), lots);
        }
        if (!lots.isEmpty()) {
            em.flush(); // the lots it moved name the line
            Lots.record(em, line.id(), lots);
        }
        if (movement.from() != null) {
            change(em, movement.itemId(), movement.from(), movement.quantity().negate());
        }
        if (movement.to() != null) {
            change(em, movement.itemId(), movement.to(), movement.quantity());
        }
        return line;
    }

    private void change(EntityManager em, UUID itemId, Location location, BigDecimal delta) {
        increments.addToBalance(em, itemId, location.id(), delta);
        if (location.type().isSellable() && !isHeld(em, itemId, location.id())) {
            addToPosition(em, itemId, location.warehouseId(), delta, BigDecimal.ZERO);
        }
    }

    /** Every change of a position goes to the devices that sell from or work in its warehouse. */
    private void addToPosition(EntityManager em, UUID itemId, UUID warehouseId, BigDecimal onHand, BigDecimal reserved) {
        increments.addToPosition(em, itemId, warehouseId, onHand, reserved);
        ChangeEntry level = StockPositions.level(em, itemId, warehouseId);
        changes.publish(em, level.payload(), level.version(), List.of(Scope.stock(warehouseId)));
    }

    @Override
    public String entityType() {
        return StockLevelView.TYPE;
    }

    /** A page of a warehouse's stock levels, as a fresh copy of its {@code stock:} scope brings them. */
    @Override
    public List<ChangeEntry> page(EntityManager em, Scope scope, SnapshotPage page) {
        return scope.kind().equals("stock") ? StockPositions.levels(em, scope.id(), page.after(), page.limit()) : List.of();
    }

    private static ItemValuation valuation(EntityManager em, UUID itemId, String currency) {
        ItemValuation valuation = em.find(ItemValuation.class, itemId, LockModeType.PESSIMISTIC_WRITE);
        if (valuation == null) {
            valuation = new ItemValuation(itemId, currency);
            em.persist(valuation);
        }
        return valuation;
    }
}
