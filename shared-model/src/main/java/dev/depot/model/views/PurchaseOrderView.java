package dev.depot.model.views;

import dev.depot.model.gs1.Gtin;
import dev.depot.model.quantity.QuantityPrecision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A purchase order the warehouse expects, as its receivers' handhelds hold it: who sends what, when,
 * and how much of each line has come in. Published to the receiving warehouse while it is open.
 */
public record PurchaseOrderView(UUID id, UUID warehouseId, String number, String supplierName, LocalDate expectedOn,
                                List<Line> lines) implements SyncedView {

    public static final String TYPE = "purchaseOrder";

    public PurchaseOrderView {
        lines = List.copyOf(lines);
    }

    /** One item on order: how many were ordered and how many have been received so far. */
    public record Line(UUID id, int lineNumber, UUID itemId, String sku, String gtin, String itemName, BigDecimal ordered,
                       BigDecimal received) {

        public Line {
            ordered = QuantityPrecision.recorded(ordered);
            received = QuantityPrecision.recorded(received);
        }

        /** What is still to come; zero once the line is complete or over-received. */
        public BigDecimal outstanding() {
            return ordered.subtract(received).max(BigDecimal.ZERO);
        }

        public Line withReceived(BigDecimal more) {
            return new Line(id, lineNumber, itemId, sku, gtin, itemName, ordered, received.add(more));
        }
    }

    @Override
    public String entityType() {
        return TYPE;
    }

    /** The line a scanned or keyed item code names: the item's GTIN (any length) or its SKU. */
    public Optional<Line> lineFor(String itemCode) {
        String code = itemCode == null ? "" : itemCode.strip();
        Optional<Gtin> gtin = Gtin.isValid(code) ? Optional.of(Gtin.parse(code)) : Optional.empty();
        return lines.stream()
                .filter(l -> l.sku().equalsIgnoreCase(code)
                        || gtin.isPresent() && l.gtin() != null && Gtin.isValid(l.gtin()) && Gtin.parse(l.gtin()).equals(gtin.get()))
                .findFirst();
    }

    /** The order with one more receipt of {@code quantity} on a line. */
    public PurchaseOrderView withReceived(UUID lineId, BigDecimal quantity) {
        return new PurchaseOrderView(id, warehouseId, number, supplierName, expectedOn,
                lines.stream().map(l -> l.id().equals(lineId) ? l.withReceived(quantity) : l).toList());
    }

    /** Whether every line has come in in full. */
    public boolean isComplete() {
        return lines.stream().allMatch(l -> l.outstanding().signum() == 0);
    }
}
