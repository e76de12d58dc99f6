package dev.depot.mobile.ui;

import javafx.scene.control.Label;

/**
 * A screen's message to the person (wrong bin, item added), in big type and a colour that says how
 * serious it is; empty and collapsed when there is nothing to say.
 */
public final class MessageLine extends Label {

    public MessageLine() {
        getStyleClass().add("message");
        setWrapText(true);
        setMaxWidth(Double.MAX_VALUE);
        clear();
    }

    public void show(String text, Tone tone) {
        getStyleClass().removeIf(c -> c.startsWith("tone-"));
        getStyleClass().add(tone.styleClass());
        setText(text);
        Widgets.show(this, true);
    }

    public void clear() {
        setText("");
        Widgets.show(this, false);
    }
}
