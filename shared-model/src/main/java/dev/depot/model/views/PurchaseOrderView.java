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
 * how much of each line has come in, and the pallets the supplier announced (advance ship notice),
 * each by its SSCC with what is on it. Published to the receiving warehouse while it is open.
 */
public record PurchaseOrderView(UUID id, UUID warehouseId, String number, String supplierName, LocalDate expectedOn,
                                List<Line> lines, List<Pallet> pallets) implements SyncedView {

    public static final String TYPE = "purchaseOrder";

    public PurchaseOrderView {
        lines = List.copyOf(lines);
        pallets = pallets == null ? List.of() : List.copyOf(pallets); // a copy held before pallets were announced has none
    }

    /**
     * One item on order: how many were ordered and how many have been received so far (in eaches),
     * and the item's case, when the catalog knows its barcode (null: cases are counted as eaches).
     */
    public record Line(UUID id, int lineNumber, UUID itemId, String sku, String gtin, String itemName, BigDecimal ordered,
                       BigDecimal received, Case itemCase) {

        public Line {
            ordered = QuantityPrecision.recorded(ordered);
            received = QuantityPrecision.recorded(received);
        }

        /** What is still to come; zero once the line is complete or over-received. */
        public BigDecimal outstanding() {
            return ordered.subtract(received).max(BigDecimal.ZERO);
        }

        public Line withReceived(BigDecimal more) {
            return new Line(id, lineNumber, itemId, sku, gtin, itemName, ordered, received.add(more), itemCase);
        }

        public Line withCase(Case known) {
            return new Line(id, lineNumber, itemId, sku, gtin, itemName, ordered, received, known);
        }

        /** Whether a code is the barcode of this item's case rather than of one each. */
        boolean isCase(Optional<Gtin> scanned) {
            return itemCase != null && scanned.isPresent() && Gtin.isValid(itemCase.gtin())
                    && Gtin.parse(itemCase.gtin()).equals(scanned.get());
        }
    }

    /** An item's case: its own barcode (GTIN-14) and how many eaches it holds. */
    public record Case(String gtin, int eaches) {
    }

    /** A pallet the supplier announced: its SSCC, what is on it, and whether it has been received. */
    public record Pallet(String sscc, List<PalletLine> lines, boolean received) {

        public Pallet {
            lines = List.copyOf(lines);
        }
    }

    /** So many eaches of an order line's item on a pallet, with the lot and expiry the supplier gave. */
    public record PalletLine(UUID lineId, BigDecimal quantity, String lot, LocalDate expiry) {

        public PalletLine {
            quantity = QuantityPrecision.recorded(quantity);
        }
    }

    /** What a scan names: the line, and whether it was the item's case or one each. */
    public record Found(Line line, boolean caseScanned) {

        /** How many eaches one scanned unit is: the case's count for a case, else one. */
        public int eachesPerUnit() {
            return caseScanned ? line.itemCase().eaches() : 1;
        }
    }

    @Override
    public String entityType() {
        return TYPE;
    }

    /** The line a scanned or keyed item code names: the item's GTIN (any length), its case's GTIN, or its SKU. */
    public Optional<Line> lineFor(String itemCode) {
        return find(itemCode).map(Found::line);
    }

    /** The line a code names and whether it named the item's case (so many eaches) or one each. */
    public Optional<Found> find(String itemCode) {
        String code = itemCode == null ? "" : itemCode.strip();
        Optional<Gtin> gtin = Gtin.isValid(code) ? Optional.of(Gtin.parse(code)) : Optional.empty();
        for (Line line : lines) {
            if (line.isCase(gtin)) {
                return Optional.of(new Found(line, true));
            }
            if (line.sku().equalsIgnoreCase(code)
                    || gtin.isPresent() && line.gtin() != null && Gtin.isValid(line.gtin()) && Gtin.parse(line.gtin()).equals(gtin.get())) {
                return Optional.of(new Found(line, false));
            }
        }
        return Optional.empty();
    }

    /** The order with one more receipt of {@code quantity} on a line. */
    public PurchaseOrderView withReceived(UUID lineId, BigDecimal quantity) {
        return new PurchaseOrderView(id, warehouseId, number, supplierName, expectedOn,
                lines.stream().map(l -> l.id().equals(lineId) ? l.withReceived(quantity) : l).toList(), pallets);
    }

    /** The order with a line's item's case known by its barcode. */
    public PurchaseOrderView withCase(UUID lineId, Case itemCase) {
        return new PurchaseOrderView(id, warehouseId, number, supplierName, expectedOn,
                lines.stream().map(l -> l.id().equals(lineId) ? l.withCase(itemCase) : l).toList(), pallets);
    }

    /** The order with an announced pallet received. */
    public PurchaseOrderView withPalletReceived(String sscc) {
        return new PurchaseOrderView(id, warehouseId, number, supplierName, expectedOn, lines,
                pallets.stream().map(p -> p.sscc().equals(sscc) ? new Pallet(p.sscc(), p.lines(), true) : p).toList());
    }

    /** The announced pallet with this SSCC, if the supplier announced one. */
    public Optional<Pallet> pallet(String sscc) {
        return pallets.stream().filter(p -> p.sscc().equals(sscc)).findFirst();
    }

    public Optional<Line> line(UUID lineId) {
        return lines.stream().filter(l -> l.id().equals(lineId)).findFirst();
    }

    /** Whether every line has come in in full. */
    public boolean isComplete() {
        return lines.stream().allMatch(l -> l.outstanding().signum() == 0);
    }
}
