package dev.depot.server.purchasing;

/** What inspection decides for goods in quarantine. */
public enum Disposition {
    /** Sound after all: back to receiving, and put away like any receipt. */
    RELEASE("released to putaway"),
    /** Not fit to sell: written off at moving-average cost. */
    SCRAP("scrapped"),
    /** Sent back to the supplier before their invoice: no longer owed. */
    RETURN_TO_SUPPLIER("returned to the supplier");

    private final String done;

    Disposition(String done) {
        this.done = done;
    }

    /** What happened to the goods, as a sentence ends: "4 × GLV-100 released to putaway". */
    public String done() {
        return done;
    }
}
