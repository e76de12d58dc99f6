package dev.depot.model.identity;

/** What a person does in the business; every endpoint and every sync command checks it. */
public enum Role {
    PICKER("Picker"),
    RECEIVER("Receiver"),
    REP("Field rep"),
    SUPERVISOR("Warehouse supervisor"),
    ORDER_DESK("Order desk"),
    ACCOUNTANT("Accountant"),
    ADMIN("Administrator");

    private final String title;

    Role(String title) {
        this.title = title;
    }

    /** The name people read in the admin and on the device. */
    public String title() {
        return title;
    }

    /** Roles that work on a handheld in the warehouse. */
    public boolean worksInWarehouse() {
        return this == PICKER || this == RECEIVER || this == SUPERVISOR;
    }
}
