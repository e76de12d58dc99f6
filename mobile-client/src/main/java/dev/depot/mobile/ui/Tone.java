package dev.depot.mobile.ui;

/** How a message should strike the person: colour and icon follow from it. */
public enum Tone {
    INFO("tone-info"),
    SUCCESS("tone-success"),
    WARNING("tone-warning"),
    ERROR("tone-error");

    private final String styleClass;

    Tone(String styleClass) {
        this.styleClass = styleClass;
    }

    public String styleClass() {
        return styleClass;
    }
}
