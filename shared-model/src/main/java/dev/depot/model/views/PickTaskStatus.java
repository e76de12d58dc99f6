package dev.depot.model.views;

/** Where a pick task stands on the floor. */
public enum PickTaskStatus {
    OPEN("To pick"),
    PICKED("Picked"),
    /** Picked less than asked: the bin held less than the system thought. */
    SHORT("Short"),
    CANCELLED("Cancelled");

    private final String title;

    PickTaskStatus(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
