package dev.depot.server.admin;

import java.util.List;

/**
 * The counts page of one warehouse: how accurate its books are, the counts that wait for a
 * supervisor's approval, the counts on the floor, and the form to ask for one.
 */
public record CountsView(Layout layout, Notice notice, List<StockView.WarehouseChoice> warehouses, String warehouse, String accuracy,
                         List<Waiting> awaiting, List<OnFloor> onFloor, String csrf) {

    public static final String PATH = "/admin/counts";

    public String path() {
        return PATH;
    }

    public String csrfField() {
        return Csrf.FIELD;
    }

    /** A count whose difference from the books is worth a supervisor's look: accept it, or have it counted again. */
    public record Waiting(String id, String bin, String sku, String name, String book, String counted, String difference, String value,
                          String countedAt) {

        public String acceptPath() {
            return PATH + "/" + id + "/accept";
        }

        public String recountPath() {
            return PATH + "/" + id + "/recount";
        }
    }

    /** A count waiting on the handhelds. */
    public record OnFloor(String bin, String sku, String name, String reason, boolean recount, String requested) {
    }
}
