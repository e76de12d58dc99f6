package dev.depot.mobile.ui;

import javafx.scene.Node;

/** One full-screen view in the app shell, with the title the app bar shows for it. */
public interface Screen {

    String title();

    /** The screen's content; the same node every time. */
    Node view();

    /** New data arrived (a sync round, or the person came back to this screen): show it. */
    default void refresh() {
    }
}
