package dev.depot.model.quantity;

/** The units stock is counted and sold in. Eaches are the base unit every ledger uses. */
public enum UnitOfMeasure {
    EACH("EA"),
    CASE("CS"),
    PALLET("PL");

    private final String code;

    UnitOfMeasure(String code) {
        this.code = code;
    }

    /** The short code printed on pick lists and labels. */
    public String code() {
        return code;
    }
}
