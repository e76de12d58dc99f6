package dev.depot.mobile.inbox;

import dev.depot.mobile.sync.DeviceSync;
import dev.depot.mobile.ui.Formats;
import dev.depot.mobile.ui.Screen;
import dev.depot.mobile.ui.Widgets;
import dev.depot.model.changes.EntityKey;
import dev.depot.model.commands.AcknowledgeInbox;
import dev.depot.model.views.InboxEntryView;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * What the office and the warehouse had to tell this person, newest first, unread in bold. Tapping
 * an entry marks it read (a command: it works offline and the badge goes down at once) and opens
 * what it is about when the app has a screen for it.
 */
final class InboxScreen implements Screen {

    private static final PseudoClass UNREAD = PseudoClass.getPseudoClass("unread");

    private final DeviceSync sync;
    private final EntryOpener opener;
    private final Runnable changed;
    private final Label summary = Widgets.label("", "screen-subheading");
    private final VBox entries = new VBox();
    private final ScrollPane view;

    /** @param changed called after an entry was read here, so the badge follows */
    InboxScreen(DeviceSync sync, EntryOpener opener, Runnable changed) {
        this.sync = sync;
        this.opener = opener;
        this.changed = changed;
        summary.setId("inbox-summary");
        entries.setId("inbox-entries");
        entries.getStyleClass().add("lines");
        view = new ScrollPane(Widgets.column(summary, entries));
        view.setFitToWidth(true);
        refresh();
    }

    @Override
    public void refresh() {
        InboxEntries inbox = InboxEntries.of(sync.localState().replica(), sync.registration().userId());
        int unread = inbox.unread();
        summary.setText(inbox.newestFirst().isEmpty() ? "Nothing here yet. When the office changes, holds or refuses something "
                + "of yours, or decides about it later, it shows here." : unread == 0 ? "All read." : unread + " unread");
        entries.getChildren().setAll(inbox.newestFirst().stream().map(this::card).toList());
    }

    private Node card(InboxEntryView entry) {
        Label title = Widgets.label(entry.title(), "cell-title", "inbox-title");
        Label when = Widgets.label(Formats.when(entry.at(), ZoneId.systemDefault(), LocalDate.now(sync.clock().withZone(ZoneId.systemDefault()))),
                "cell-detail");
        when.setWrapText(false);
        when.setMinWidth(Label.USE_PREF_SIZE);
        HBox top = new HBox(8, Widgets.label("", "attention-dot", "attention-" + entry.attention().name().toLowerCase(Locale.ROOT)),
                title, Widgets.grow(), when);
        top.setAlignment(Pos.TOP_LEFT);
        VBox card = Widgets.card(top, Widgets.label(entry.explanation(), "inbox-explanation"),
                Widgets.label(entry.nextStep(), "inbox-next-step"));
        if (opener.canOpen(entry)) {
            card.getChildren().add(Widgets.label(entry.about().orderNumber() != null ? "Open " + entry.about().orderNumber() + " ›"
                    : "Open ›", "inbox-link"));
        }
        card.getStyleClass().add("inbox-entry");
        card.setId("inbox-entry-" + entry.id());
        card.pseudoClassStateChanged(UNREAD, !entry.read());
        card.setOnMouseClicked(e -> tapped(entry));
        return card;
    }

    private void tapped(InboxEntryView entry) {
        if (!entry.read()) {
            sync.record(new AcknowledgeInbox(entry.id()), Set.of(new EntityKey(InboxEntryView.TYPE, entry.id())));
            changed.run();
        }
        if (opener.canOpen(entry)) {
            opener.open(entry);
        }
    }

    @Override
    public String title() {
        return "Inbox";
    }

    @Override
    public Node view() {
        return view;
    }
}
