package dev.depot.server.admin;

import java.util.List;

/**
 * The waves page of one warehouse: the waves the planner suggests for the orders waiting, and the
 * waves on the floor with their progress and picker, and the pick faces waiting to be filled.
 */
public record WavesView(Layout layout, Notice notice, List<StockView.WarehouseChoice> warehouses, String warehouse,
                        List<Planned> planned, String pace, List<OnFloor> onFloor, List<Picker> pickers, List<Fill> fills, boolean mayAssign,
                        String csrf) {

    public static final String PATH = "/admin/waves";

    public String path() {
        return PATH;
    }

    public String csrfField() {
        return Csrf.FIELD;
    }

    public int ordersWaiting() {
        return planned.stream().mapToInt(p -> p.orders().size()).sum();
    }

    /**
     * A wave the planner suggests: released as shown, one tote per order in this order; {@code timing}
     * says when it would be picked and whether that makes its cut-off ({@code late}: it does not).
     */
    public record Planned(int index, boolean rush, String carrier, String zone, List<OrderRef> orders, int lines, String units,
                          String timing, boolean late) {
    }

    public record OrderRef(String id, String number, String customer, String href) {
    }

    /** A released wave whose orders have not shipped yet. */
    public record OnFloor(String id, String number, boolean rush, String carrier, String zone, int orders, String released, String state,
                          String stateClass, int done, int tasks, String units, int shorts, String pickedBy, String assignedTo,
                          String assignedName) {

        public String assignPath() {
            return PATH + "/" + id + "/assign";
        }
    }

    public record Picker(String id, String name) {
    }

    /** A pick face waiting for stock from a reserve bin. */
    public record Fill(String face, String sku, String itemName, String from, String quantity, String since) {
    }

    public String pickFacesPath() {
        return PATH + "/pick-faces";
    }
}
