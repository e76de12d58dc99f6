package dev.depot.mobile.ui;

/** One entry of the app's menu drawer. */
public record MenuAction(String label, Runnable action) {
}
