package dev.depot.mobile.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The frame around every screen: the app bar (back, title, menu) at the top, the current screen,
 * a short-lived notice, and the sync status bar at the bottom. Screens are a stack: open pushes,
 * back pops, and a new home clears it.
 */
public final class AppShell {

    private final BorderPane root = new BorderPane();
    private final Label title = Widgets.label("", "app-bar-title");
    private final Button back = Widgets.button("‹", this::back, "app-bar-button");
    private final Button menu = Widgets.button("☰", this::toggleMenu, "app-bar-button");
    private final StackPane content = new StackPane();
    private final Label notice = Widgets.label("", "notice");
    private final PauseTransition noticeTimer = new PauseTransition(Duration.seconds(4));
    private final MenuDrawer drawer = new MenuDrawer(this::closeMenu);
    private final InboxButton inboxButton = new InboxButton();
    private final Deque<Screen> screens = new ArrayDeque<>();
    private Optional<Inbox> inbox = Optional.empty();

    public AppShell(StatusBar statusBar) {
        back.setId("app-bar-back");
        menu.setId("app-bar-menu");
        back.setAccessibleText("Back");
        menu.setAccessibleText("Menu");
        title.setId("app-bar-title");
        title.setWrapText(false);
        HBox appBar = new HBox(back, title, Widgets.grow(), inboxButton, menu);
        appBar.getStyleClass().add("app-bar");
        appBar.setAlignment(Pos.CENTER_LEFT);

        // a banner above the status bar, not over the screen: it must never hide the button the person reaches for
        notice.setId("notice");
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.setOnMouseClicked(e -> hideNotice());
        noticeTimer.setOnFinished(e -> hideNotice());
        hideNotice();
        content.getStyleClass().add("screen-area");

        StackPane middle = new StackPane(content, drawer);
        root.setTop(appBar);
        root.setCenter(middle);
        root.setBottom(new VBox(notice, statusBar));
        root.getStyleClass().add("app-shell");
        root.addEventHandler(KeyEvent.KEY_PRESSED, this::backOnEscape);
        setMenu(List.of(), "", "");
        removeInbox();
        updateAppBar();
    }

    /** What the app bar's inbox button opens, and how many entries wait unread. */
    public record Inbox(Runnable open, IntSupplier unread) {
    }

    /** Shows the inbox button, with its unread count, on every screen. */
    public void setInbox(Inbox newInbox) {
        inbox = Optional.of(newInbox);
        inboxButton.setOnAction(e -> newInbox.open().run());
        Widgets.show(inboxButton, true);
        updateUnread();
    }

    /** No inbox for whoever uses the app now (nobody signed in, a role without one). */
    public void removeInbox() {
        inbox = Optional.empty();
        Widgets.show(inboxButton, false);
    }

    public Parent root() {
        return root;
    }

    /** Shows a screen on top of the current one; back returns. */
    public void open(Screen screen) {
        screens.push(screen);
        show(screen);
    }

    /** Swaps the current screen for another, as "next pick" does: back skips the one replaced. */
    public void replace(Screen screen) {
        screens.poll();
        open(screen);
    }

    /** Starts afresh from a home screen: after sign-in, sign-out, or an order placed. */
    public void openAsHome(Screen screen) {
        screens.clear();
        open(screen);
    }

    public void back() {
        if (screens.size() > 1) {
            screens.pop();
            show(screens.peek());
            screens.peek().refresh();
        }
    }

    /** Asks the current screen, and the inbox badge, to show new data. */
    public void refresh() {
        if (!screens.isEmpty()) {
            screens.peek().refresh();
        }
        updateUnread();
    }

    public void setMenu(List<MenuAction> actions, String person, String role) {
        drawer.setActions(actions, person, role);
        menu.setVisible(!actions.isEmpty());
    }

    /** A message that stays a few seconds at the bottom, whatever screen is shown. */
    public void showNotice(String text, Tone tone) {
        notice.getStyleClass().removeIf(c -> c.startsWith("tone-"));
        notice.getStyleClass().add(tone.styleClass());
        notice.setText(text);
        Widgets.show(notice, true);
        noticeTimer.playFromStart();
    }

    public String noticeText() {
        return notice.isVisible() ? notice.getText() : "";
    }

    private void hideNotice() {
        Widgets.show(notice, false);
    }

    private void show(Screen screen) {
        closeMenu();
        Node view = screen.view();
        content.getChildren().setAll(view);
        if (view instanceof Region region) {
            region.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        }
        updateAppBar();
    }

    private void updateUnread() {
        inbox.ifPresent(i -> inboxButton.showUnread(i.unread().getAsInt()));
    }

    private void updateAppBar() {
        updateUnread();
        Screen current = screens.peek();
        title.setText(current == null ? "Depot" : current.title());
        boolean canGoBack = screens.size() > 1;
        Widgets.show(back, canGoBack);
    }

    private void toggleMenu() {
        drawer.toggle();
    }

    private void closeMenu() {
        drawer.close();
    }

    private void backOnEscape(KeyEvent event) {
        // Android's back key arrives as ESCAPE
        if (event.getCode() == KeyCode.ESCAPE) {
            if (drawer.isOpen()) {
                closeMenu();
            } else {
                back();
            }
            event.consume();
        }
    }
}
