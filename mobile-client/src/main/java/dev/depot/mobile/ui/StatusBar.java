package dev.depot.mobile.ui;

import dev.depot.mobile.sync.SyncStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** The bottom line of every screen: online or not, how much work waits to be sent, when sync last worked. */
public final class StatusBar extends HBox {

    private static final PseudoClass ONLINE = PseudoClass.getPseudoClass("online");
    private static final PseudoClass OFFLINE = PseudoClass.getPseudoClass("offline");
    private static final PseudoClass SIGNED_OUT = PseudoClass.getPseudoClass("signed-out");
    private static final PseudoClass WAITING = PseudoClass.getPseudoClass("waiting");

    private final Clock clock;
    private final Region dot = new Region();
    private final Label connection = new Label();
    private final Label pending = new Label();
    private final Label lastSync = new Label();

    public StatusBar(ObservableValue<SyncStatus> status, Clock clock) {
        this.clock = clock;
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        dot.getStyleClass().add("status-dot");
        connection.setId("status-connection");
        pending.setId("status-pending");
        lastSync.setId("status-last-sync");
        pending.getStyleClass().add("status-pending");
        getChildren().addAll(dot, connection, Widgets.grow(), pending, Widgets.grow(), lastSync);
        status.addListener((observable, was, now) -> show(now));
        show(status.getValue());
    }

    private void show(SyncStatus status) {
        connection.setText(status.connection().title());
        dot.pseudoClassStateChanged(ONLINE, status.connection() == SyncStatus.Connection.ONLINE);
        dot.pseudoClassStateChanged(OFFLINE, status.connection() == SyncStatus.Connection.OFFLINE);
        dot.pseudoClassStateChanged(SIGNED_OUT, status.connection() == SyncStatus.Connection.SIGNED_OUT);
        pending.setText(status.pending() + " pending");
        pending.pseudoClassStateChanged(WAITING, status.pending() > 0);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.systemDefault()));
        lastSync.setText("Last sync " + status.lastSyncedAt()
                .map(at -> Formats.when(at, ZoneId.systemDefault(), today))
                .orElse("never"));
        setAccessibleText(connection.getText() + ", " + pending.getText() + ", " + lastSync.getText());
    }
}
