package dev.depot.model.views;

/** Why a bin was suggested for received goods, in the order the rules are tried. */
public enum PutawayRule {
    /** The bin is the item's fixed pick face and has room. */
    PICK_FACE("the item's pick face"),
    /** The bin already holds the item (or is about to) and has room. */
    SAME_ITEM("already holds this item"),
    /** The nearest empty bin in a zone where the item is kept. */
    EMPTY_IN_ZONE("nearest empty bin in the item's zone"),
    /** The nearest empty bin with room, in any zone. */
    EMPTY_BIN("nearest empty bin with room");

    private final String reason;

    PutawayRule(String reason) {
        this.reason = reason;
    }

    /** The reason as the receiver reads it next to the bin. */
    public String reason() {
        return reason;
    }
}
