package dev.depot.model.views;

import dev.depot.model.gs1.Gtin;
import dev.depot.model.quantity.QuantityPrecision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Stock moving from one warehouse to another, as the handhelds of both hold it: while it is
 * {@link Status#LOADING} the sending warehouse's pickers take its lines from the suggested bins onto
 * the truck; once dispatched it is {@link Status#IN_TRANSIT} and the receiving warehouse's receivers
 * scan it in. Published to the sending warehouse while loading and to the receiving one until all of
 * it has arrived.
 */
public record TransferView(UUID id, String number, UUID fromWarehouseId, String fromWarehouse, UUID toWarehouseId, String toWarehouse,
                           LocalDate expectedOn, Status status, List<Line> lines) implements SyncedView {

    public static final String TYPE = "transfer";

    public enum Status {
        /** Planned: the sending warehouse loads it. */
        LOADING,
        /** On the road: the receiving warehouse scans it in. */
        IN_TRANSIT
    }

    public TransferView {
        lines = List.copyOf(lines);
    }

    /**
     * One item on the transfer: how many were asked for, how many were loaded at the sending
     * warehouse and received at the other (in eaches), and the bin the sender should take them from.
     */
    public record Line(UUID id, int lineNumber, UUID itemId, String sku, String gtin, String itemName, BigDecimal quantity,
                       BigDecimal loaded, BigDecimal received, String fromCode, int fromWalkSequence) {

        public Line {
            quantity = QuantityPrecision.recorded(quantity);
            loaded = QuantityPrecision.recorded(loaded);
            received = QuantityPrecision.recorded(received);
        }

        /** What is still to load; zero once the line is loaded in full (or more). */
        public BigDecimal toLoad() {
            return quantity.subtract(loaded).max(BigDecimal.ZERO);
        }

        /** What is on its way and not yet received; zero once all that was loaded has arrived. */
        public BigDecimal toReceive() {
            return loaded.subtract(received).max(BigDecimal.ZERO);
        }

        /** Whether a scanned or keyed code names this line's item: its GTIN (any length) or its SKU. */
        public boolean isNamedBy(String itemCode) {
            String code = itemCode == null ? "" : itemCode.strip();
            if (code.equalsIgnoreCase(sku)) {
                return true;
            }
            return Gtin.isValid(code) && gtin != null && Gtin.isValid(gtin) && Gtin.parse(code).equals(Gtin.parse(gtin));
        }
    }

    @Override
    public String entityType() {
        return TYPE;
    }

    /** Whether the pickers of a warehouse have this transfer to load. */
    public boolean isLoadingAt(UUID warehouseId) {
        return status == Status.LOADING && fromWarehouseId.equals(warehouseId);
    }

    /** Whether the receivers of a warehouse have this transfer to scan in. */
    public boolean isArrivingAt(UUID warehouseId) {
        return status == Status.IN_TRANSIT && toWarehouseId.equals(warehouseId);
    }

    public Optional<Line> line(UUID lineId) {
        return lines.stream().filter(l -> l.id().equals(lineId)).findFirst();
    }

    /** The line a scanned or keyed item code names. */
    public Optional<Line> lineFor(String itemCode) {
        return lines.stream().filter(l -> l.isNamedBy(itemCode)).findFirst();
    }

    /** The transfer with {@code more} loaded on a line. */
    public TransferView withLoaded(UUID lineId, BigDecimal more) {
        return with(lines.stream().map(l -> l.id().equals(lineId) ? new Line(l.id(), l.lineNumber(), l.itemId(), l.sku(), l.gtin(),
                l.itemName(), l.quantity(), l.loaded().add(more), l.received(), l.fromCode(), l.fromWalkSequence()) : l).toList());
    }

    /** The transfer with {@code more} received on a line. */
    public TransferView withReceived(UUID lineId, BigDecimal more) {
        return with(lines.stream().map(l -> l.id().equals(lineId) ? new Line(l.id(), l.lineNumber(), l.itemId(), l.sku(), l.gtin(),
                l.itemName(), l.quantity(), l.loaded(), l.received().add(more), l.fromCode(), l.fromWalkSequence()) : l).toList());
    }

    private TransferView with(List<Line> changed) {
        return new TransferView(id, number, fromWarehouseId, fromWarehouse, toWarehouseId, toWarehouse, expectedOn, status, changed);
    }

    /** Whether every line is loaded in full. */
    public boolean isLoaded() {
        return lines.stream().allMatch(l -> l.toLoad().signum() == 0);
    }

    /** Whether all that was loaded has been received. */
    public boolean isReceived() {
        return lines.stream().allMatch(l -> l.toReceive().signum() == 0);
    }
}
