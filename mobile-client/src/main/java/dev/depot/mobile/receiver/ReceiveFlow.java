package dev.depot.mobile.receiver;

import dev.depot.mobile.scan.ItemScan;
import dev.depot.mobile.ui.Formats;
import dev.depot.model.commands.LinkCaseBarcode;
import dev.depot.model.commands.ReceiveGoods;
import dev.depot.model.gs1.Gs1FormatException;
import dev.depot.model.gs1.Gs1Label;
import dev.depot.model.gs1.Gs1Parser;
import dev.depot.model.gs1.Gtin;
import dev.depot.model.gs1.Sscc;
import dev.depot.model.views.ItemView;
import dev.depot.model.views.PurchaseOrderView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The scan discipline of receiving against one purchase order: scan the goods' label (GS1-128 with
 * lot, expiry, count and pallet, or a plain product barcode; the case's barcode counts its eaches),
 * or key the SKU when nothing scans; the line it names is shown with the label's details, and the
 * receiver confirms the quantity. A scan of something not on the order is answered with what was
 * scanned, and changes nothing; a barcode Depot does not know at all may be the case of an item on
 * the order whose case has no barcode yet, and the receiver may link it to that item. A pallet the
 * supplier announced is received whole by its label, as announced, once.
 */
public final class ReceiveFlow {

    /** The flow's answer to a scan: the goods identified, or refused with the reason. */
    public sealed interface Answer {
        String message();

        record Taken(String message) implements Answer {
        }

        record Refused(String message) implements Answer {
        }

        /** An announced pallet, to receive whole as the supplier announced it. */
        record WholePallet(String message, PurchaseOrderView.Pallet pallet) implements Answer {
        }

        /** A barcode no item has: the lines whose case it may be, for the receiver to choose from. */
        record Unknown(String message, Gtin barcode, List<Linkable> lines) implements Answer {
        }
    }

    /** A line whose item's case has no barcode yet, and how many eaches the catalog packs in the case. */
    public record Linkable(PurchaseOrderView.Line line, int eachesPerCase) {
    }

    /** What the device holds of the catalog: the item a barcode names, and an item's pack size. */
    public interface Catalog {
        Optional<ItemView> item(UUID id);

        Optional<ItemView> withBarcode(Gtin barcode);
    }

    /**
     * What the last good scan named: the order line, the code scanned, and the label's details; the
     * count is in eaches (a case scanned counts its eaches).
     */
    public record Scanned(PurchaseOrderView.Line line, String itemCode, BigDecimal count, String lot, LocalDate expiry, String sscc) {
    }

    private final PurchaseOrderView order;
    private final Gs1Parser gs1;
    private final Catalog catalog;
    private Scanned scanned;
    private PurchaseOrderView.Pallet pallet;

    public ReceiveFlow(PurchaseOrderView order, Gs1Parser gs1, Catalog catalog) {
        this.order = order;
        this.gs1 = gs1;
        this.catalog = catalog;
    }

    public PurchaseOrderView order() {
        return order;
    }

    public Optional<Scanned> scanned() {
        return Optional.ofNullable(scanned);
    }

    /** The announced pallet scanned last, waiting to be received whole. */
    public Optional<PurchaseOrderView.Pallet> pallet() {
        return Optional.ofNullable(pallet);
    }

    public Answer scan(String text) {
        String code = text.strip();
        Optional<Gs1Label> label;
        try {
            Optional<Sscc> palletLabel = ItemScan.readPallet(code, gs1);
            if (palletLabel.isPresent()) {
                return palletScanned(palletLabel.get());
            }
            label = ItemScan.readLabel(code, gs1);
        } catch (Gs1FormatException e) {
            return new Answer.Refused("Cannot read this barcode: " + e.getMessage());
        }
        String itemCode = label.map(l -> l.gtin().digits()).orElse(code);
        Optional<PurchaseOrderView.Found> found = order.find(itemCode);
        if (found.isEmpty()) {
            Optional<Gtin> barcode = label.flatMap(Gs1Label::gtinIfAny).or(() -> Gtin.isValid(code) ? Optional.of(Gtin.parse(code)) : Optional.empty());
            String what = barcode.map(b -> "GTIN " + b.shortForm()).orElse("“" + code + "”");
            return barcode.map(b -> notOnTheOrder(what, b)).orElseGet(() -> new Answer.Refused(what + " is not on " + order.number()
                    + ": set the goods aside and tell the office"));
        }
        pallet = null;
        PurchaseOrderView.Line line = found.get().line();
        BigDecimal units = label.flatMap(Gs1Label::countIfAny).filter(c -> c.signum() > 0).orElse(BigDecimal.ONE);
        BigDecimal eaches = units.multiply(BigDecimal.valueOf(found.get().eachesPerUnit()));
        scanned = new Scanned(line, itemCode, eaches, label.flatMap(Gs1Label::lotIfAny).orElse(null),
                label.flatMap(Gs1Label::expiryIfAny).orElse(null), label.flatMap(Gs1Label::ssccIfAny).map(Sscc::digits).orElse(null));
        String cases = found.get().caseScanned() ? Formats.quantity(units) + (units.compareTo(BigDecimal.ONE) == 0 ? " case" : " cases")
                + " of " + found.get().eachesPerUnit() + " = " + Formats.quantity(eaches) + " each. " : "";
        return new Answer.Taken(line.itemName() + ": " + cases + Formats.quantity(line.received()) + " of " + Formats.quantity(line.ordered())
                + " in so far. Check the quantity and receive.");
    }

    private Answer palletScanned(Sscc sscc) {
        Optional<PurchaseOrderView.Pallet> announced = order.pallet(sscc.digits());
        if (announced.isEmpty()) {
            return new Answer.Refused("Pallet " + sscc.digits() + " is not announced on " + order.number()
                    + ": scan the labels on the goods instead");
        }
        if (announced.get().received()) {
            return new Answer.Refused("Pallet " + sscc.digits() + " is received already: put its goods away");
        }
        scanned = null;
        pallet = announced.get();
        BigDecimal eaches = pallet.lines().stream().map(PurchaseOrderView.PalletLine::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        int lines = pallet.lines().size();
        return new Answer.WholePallet("Pallet " + sscc.digits() + ": " + lines + (lines == 1 ? " line, " : " lines, ")
                + Formats.quantity(eaches) + " each as announced. Check it and receive it whole, or scan the goods' labels one by one.",
                pallet);
    }

    private Answer notOnTheOrder(String what, Gtin barcode) {
        Optional<ItemView> other = catalog.withBarcode(barcode);
        if (other.isPresent()) {
            return new Answer.Refused(what + " is " + other.get().sku() + " (" + other.get().name() + "), which is not on " + order.number()
                    + ": set the goods aside and tell the office");
        }
        List<Linkable> linkable = order.lines().stream()
                .filter(line -> line.itemCase() == null)
                .flatMap(line -> catalog.item(line.itemId()).map(item -> new Linkable(line, item.eachesPerCase())).stream())
                .toList();
        if (linkable.isEmpty()) {
            return new Answer.Refused(what + " is not on " + order.number() + ": set the goods aside and tell the office");
        }
        return new Answer.Unknown(what + " is new to Depot. If it is on a case of an item below, tap the item; if not, set the goods aside "
                + "and tell the office", barcode, linkable);
    }

    /** The receiver's word that an unknown barcode is on a case of this line's item. */
    public LinkCaseBarcode link(Gtin barcode, Linkable choice) {
        return new LinkCaseBarcode(order.id(), choice.line().id(), barcode.digits());
    }

    /** The same flow over a newer state of the order: what was scanned stays, with its line as it is now. */
    public ReceiveFlow over(PurchaseOrderView newer) {
        ReceiveFlow next = new ReceiveFlow(newer, gs1, catalog);
        if (pallet != null) {
            next.pallet = newer.pallet(pallet.sscc()).filter(p -> !p.received()).orElse(null);
        }
        if (scanned != null) {
            next.scanned = newer.lineFor(scanned.itemCode())
                    .map(line -> new Scanned(line, scanned.itemCode(), scanned.count(), scanned.lot(), scanned.expiry(), scanned.sscc()))
                    .orElse(null);
        }
        return next;
    }

    /** The facts to record for the pallet scanned: each of its lines came in as announced, from that pallet. */
    public List<ReceiveGoods> receivePallet() {
        if (pallet == null) {
            throw new IllegalStateException("scan an announced pallet before receiving it");
        }
        List<ReceiveGoods> receipts = pallet.lines().stream()
                .flatMap(l -> order.line(l.lineId()).map(line -> new ReceiveGoods(order.id(), line.gtin() == null ? line.sku() : line.gtin(),
                        l.quantity(), l.lot(), l.expiry(), pallet.sscc(), false)).stream())
                .toList();
        pallet = null;
        return receipts;
    }

    /** The fact to record: this many of the scanned goods came in, sound or damaged. Only after a good scan. */
    public ReceiveGoods receive(BigDecimal quantity, boolean damaged) {
        if (scanned == null) {
            throw new IllegalStateException("scan the goods before receiving them");
        }
        ReceiveGoods receipt = new ReceiveGoods(order.id(), scanned.itemCode(), quantity, scanned.lot(), scanned.expiry(), scanned.sscc(),
                damaged);
        scanned = null;
        return receipt;
    }
}
