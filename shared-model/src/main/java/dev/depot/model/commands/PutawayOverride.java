package dev.depot.model.commands;

/** Why a receiver put goods in another bin than the suggested one: two taps on the handheld. */
public enum PutawayOverride {
    BIN_FULL("Bin full"),
    BIN_BLOCKED("Bin blocked or damaged"),
    NEARER_BIN("Nearer bin with room");

    private final String label;

    PutawayOverride(String label) {
        this.label = label;
    }

    /** The words on the button and in the supervisor's view. */
    public String label() {
        return label;
    }
}
