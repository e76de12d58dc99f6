package dev.depot.server.admin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The stock page: which warehouse, the search, and one page of items with their numbers; above them
 * the warehouse's receiving side (due in, in quarantine, to put away) and what is on hold.
 */
public record StockView(Layout layout, Notice notice, List<WarehouseChoice> warehouses, String warehouse, String query,
                        List<DueIn> dueIn, Inspection inspection, List<AwaitingPutaway> putawayQueue, List<HeldBin> heldBins,
                        List<StockRow> rows, PageLinks paging, String emptyMessage) {

    public static final String PATH = "/admin/stock";

    /** A warehouse to choose. */
    public record WarehouseChoice(String code, String name, boolean selected) {
    }

    /**
     * One line of a purchase order the chosen warehouse still expects, earliest due first: the receiving
     * backlog. Late when its day has passed; over when more came in than was ordered.
     */
    public record DueIn(String order, String supplier, String due, boolean late, String sku, String ordered, String received,
                        boolean over, String pallets) {
    }

    /**
     * Goods received sound and still in receiving, oldest first: the putaway queue, with the bin the
     * rules suggest and why, or none when no bin has room.
     */
    public record AwaitingPutaway(String received, String from, String sku, String lot, String waiting, String order,
                                  String suggestedBin, String why) {
    }

    /** Goods received damaged and waiting in quarantine; supervisors may decide what becomes of them. */
    public record Inspection(List<Quarantined> goods, boolean mayDecide, String csrf) {

        public String csrfField() {
            return Csrf.FIELD;
        }
    }

    /** One damaged receipt with goods still in quarantine, and where its decision form posts. */
    public record Quarantined(String id, String received, String sku, String name, String lot, String order, String supplier, String in,
                              String waiting, String decidePath) {
    }

    /** An item on hold in a bin of the chosen warehouse: not promised or picked until the bin is counted. */
    public record HeldBin(String code, String sku, String since, String reason) {
    }

    /** One item in the chosen warehouse. */
    public record StockRow(String sku, String name, String onHand, String reserved, String available, StockLevel level) {
    }

    /** Where an item's stock at this warehouse is, and the ledger behind it. */
    public String ledgerPath(String sku) {
        return ItemLedgerView.path(sku) + "?warehouse=" + URLEncoder.encode(warehouse, StandardCharsets.UTF_8);
    }

    public String path() {
        return PATH;
    }
}
