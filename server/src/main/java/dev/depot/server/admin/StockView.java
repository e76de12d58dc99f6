package dev.depot.server.admin;

import java.util.List;

/** The stock page: which warehouse, the search, and one page of items with their numbers. */
public record StockView(Layout layout, List<WarehouseChoice> warehouses, String warehouse, String query, List<StockRow> rows,
                        PageLinks paging, String emptyMessage) {

    public static final String PATH = "/admin/stock";

    /** A warehouse to choose. */
    public record WarehouseChoice(String code, String name, boolean selected) {
    }

    /** One item in the chosen warehouse. */
    public record StockRow(String sku, String name, String onHand, String reserved, String available, StockLevel level) {
    }

    public String path() {
        return PATH;
    }
}
