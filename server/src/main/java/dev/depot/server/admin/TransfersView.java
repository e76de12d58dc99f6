package dev.depot.server.admin;

import java.util.List;

/**
 * The transfers of one warehouse: what it sends (being loaded, with the button that says the truck
 * left), what is coming to it, and the form to send stock to another warehouse.
 */
public record TransfersView(Layout layout, Notice notice, List<StockView.WarehouseChoice> warehouses, String warehouse,
                            List<Sending> sending, List<Arriving> arriving, List<StockView.WarehouseChoice> destinations,
                            String tomorrow, int formLines, String csrf) {

    public static final String PATH = "/admin/transfers";

    public String path() {
        return PATH;
    }

    public String csrfField() {
        return Csrf.FIELD;
    }

    /** A transfer this warehouse loads: where to, when due, its lines as "loaded of asked", and whether anything is on the truck. */
    public record Sending(String id, String number, String to, String due, List<String> lines, boolean loaded) {

        public String dispatchPath() {
            return PATH + "/" + id + "/dispatch";
        }
    }

    /**
     * A transfer coming to this warehouse: from where, when due, whether it is on the road, its lines as "received of sent",
     * and whether part of what was sent has not come yet (then it can be closed short).
     */
    public record Arriving(String id, String number, String from, String due, boolean onTheRoad, List<String> lines, boolean missing) {

        public String closePath() {
            return PATH + "/" + id + "/close";
        }
    }
}
