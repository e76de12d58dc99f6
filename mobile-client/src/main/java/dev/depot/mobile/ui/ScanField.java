package dev.depot.mobile.ui;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;

/**
 * Where barcodes arrive. Handheld scanners act as keyboards ("keyboard wedge"): they type the code
 * and press Enter into whatever has focus. So this field takes focus when it appears and takes it
 * back whenever focus moves to something that is not an input (a button, a list), and turns each
 * Enter into a scan of the typed text. Other inputs (a quantity) may keep focus while edited, and
 * a choice box while its list is open (taking focus would close it); it is taken back once the list closes.
 */
public final class ScanField extends TextField {

    /** ASCII GS, the FNC1 separator in GS1-128 scans. TextField drops control characters, so it is typed as a visible stand-in. */
    static final char GROUP_SEPARATOR = '\u001D';
    static final char GROUP_SEPARATOR_SHOWN = '\u241D';

    private final ChangeListener<Node> focusKeeper = (observable, oldOwner, newOwner) -> reclaimFocusFrom(newOwner);
    private Consumer<String> onScan = text -> { };
    private Runnable onEmptyEnter = () -> { };

    public ScanField(String prompt) {
        setPromptText(prompt);
        getStyleClass().add("scan-field");
        setOnAction(e -> fire());
        addEventFilter(KeyEvent.KEY_TYPED, this::keepGroupSeparator);
        sceneProperty().addListener((observable, oldScene, newScene) -> moveTo(oldScene, newScene));
    }

    /** Called with the scanned or typed text (never blank) when Enter arrives. */
    public void setOnScan(Consumer<String> handler) {
        this.onScan = handler;
    }

    /** Called when Enter arrives with nothing typed: "confirm" on a scanner's trigger. */
    public void setOnEmptyEnter(Runnable handler) {
        this.onEmptyEnter = handler;
    }

    private void fire() {
        String text = getText().replace(GROUP_SEPARATOR_SHOWN, GROUP_SEPARATOR).strip();
        clear();
        if (text.isEmpty()) {
            onEmptyEnter.run();
        } else {
            onScan.accept(text);
        }
    }

    private void keepGroupSeparator(KeyEvent event) {
        if (event.getCharacter().indexOf(GROUP_SEPARATOR) >= 0) {
            event.consume();
            replaceSelection(String.valueOf(GROUP_SEPARATOR_SHOWN));
        }
    }

    private void moveTo(Scene oldScene, Scene newScene) {
        if (oldScene != null) {
            oldScene.focusOwnerProperty().removeListener(focusKeeper);
        }
        if (newScene != null) {
            newScene.focusOwnerProperty().addListener(focusKeeper);
            Platform.runLater(this::requestFocus);
        }
    }

    private void reclaimFocusFrom(Node newOwner) {
        if (newOwner == this || newOwner instanceof TextInputControl || getScene() == null || !isVisible() || isDisabled()) {
            return;
        }
        if (newOwner instanceof ComboBoxBase<?> choice) {
            // the tap that focused it opens its list, and losing focus would close it: wait until it has closed
            choice.showingProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Boolean> showing, Boolean was, Boolean is) {
                    if (!is) {
                        showing.removeListener(this);
                        reclaimLater();
                    }
                }
            });
            return;
        }
        reclaimLater();
    }

    /** Later, so the click that moved focus finishes first (the button still fires). */
    private void reclaimLater() {
        Platform.runLater(() -> {
            Scene scene = getScene();
            if (scene != null && !(scene.getFocusOwner() instanceof TextInputControl)) {
                requestFocus();
            }
        });
    }
}
