package dev.depot.server.admin;

import java.util.List;

/** One item at one warehouse: where it is and in what state, and the ledger lines behind it, newest first. */
public record ItemLedgerView(Layout layout, List<StockView.WarehouseChoice> warehouses, String warehouse, String sku, String name,
                             List<Place> places, String total, List<Line> lines, boolean more) {

    public String path() {
        return path(sku);
    }

    static String path(String sku) {
        return "/admin/stock/items/" + sku;
    }

    public int shown() {
        return ItemLedgerPage.LINES;
    }

    public record Place(String location, String state, boolean held, String quantity) {
    }

    public record Line(String at, String reason, String from, String to, String quantity, String document, String who) {
    }
}
