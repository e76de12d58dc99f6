package dev.depot.server.fulfillment;

/** How a pick contradicted the plan. Each is recorded as it happened and reconciled later. */
public enum ExceptionKind {
    /** Someone picked a task that was already picked (or cancelled): the goods left the bin twice. */
    TASK_ALREADY_DONE("Task already done"),
    /** The picker took the goods from another bin than the task named. */
    OTHER_BIN("Picked from another bin"),
    /** The bin held less than the task asked for. */
    SHORT_PICK("Short pick");

    private final String title;

    ExceptionKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
