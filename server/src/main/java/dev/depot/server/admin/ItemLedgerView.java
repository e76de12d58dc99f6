package dev.depot.server.admin;

import java.util.List;

/**
 * One item at one warehouse: what it can promise by date and what that is made of, where it is and
 * in what state, and the ledger lines behind it, newest first.
 */
public record ItemLedgerView(Layout layout, List<StockView.WarehouseChoice> warehouses, String warehouse, String sku, String name,
                             Promise promise, List<Place> places, String total, List<Line> lines, boolean more) {

    public String path() {
        return path(sku);
    }

    static String path(String sku) {
        return "/admin/stock/items/" + sku;
    }

    public int shown() {
        return ItemLedgerPage.LINES;
    }

    /** Available to promise: its parts today, what is due in, and the figure for each day. */
    public record Promise(String onHand, String reserved, String inReceiving, String onHold, String inQuarantine, List<Due> inbound,
                          List<Day> days) {
    }

    public record Due(String date, boolean late, String document, String quantity) {
    }

    public record Day(String date, String available) {
    }

    /** A location holding the item: its state, how many, and the lots among them (as "lot · expires …: quantity"). */
    public record Place(String location, String state, boolean held, String quantity, List<String> lots) {
    }

    public record Line(String at, String reason, String from, String to, String quantity, String document, String who) {
    }
}
