package dev.depot.model.views;

/** Where an order stands, from capture to invoice. */
public enum OrderStatus {
    /** Taken on a device, not yet accepted by the server. */
    AWAITING_SYNC("Waiting to sync"),
    /** Accepted and failed a check (credit, price); waits for someone to release the hold. */
    ON_HOLD("On hold"),
    /** Accepted, stock reserved, waiting for release to the warehouse. */
    OPEN("Open"),
    /** Released to the warehouse as pick tasks. */
    RELEASED("Released"),
    /** Every pick task done; goods at the pack station. */
    PICKED("Picked"),
    /** Goods issued to the carrier. */
    SHIPPED("Shipped"),
    /** Invoiced to the customer. */
    INVOICED("Invoiced"),
    CANCELLED("Cancelled");

    private final String title;

    OrderStatus(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
