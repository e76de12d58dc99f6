package dev.depot.server.waves;

/** How soon an order must leave: rush orders are picked in the first waves, whatever their carrier. */
public enum Priority {
    RUSH("Rush"),
    STANDARD("Standard");

    private final String title;

    Priority(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
