package dev.depot.server.syncapi;

import dev.depot.server.platform.Database;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears every commit to the change feed, from this server node or any other on the same database:
 * a trigger on {@code change_log} notifies {@value #CHANNEL} in the writer's transaction, and
 * PostgreSQL delivers it on commit. One daemon thread per server process listens on a connection of
 * its own and moves the {@link FeedWakeups} on. A dropped connection is opened again; on every
 * (re)connect the waiting pulls are woken once, as anything committed while nobody listened was not
 * announced.
 */
public final class PostgresFeedListener implements AutoCloseable {

    static final String CHANNEL = "depot_change_log";
    static final String APPLICATION_NAME = "depot-feed-listener";

    private static final System.Logger LOG = System.getLogger(PostgresFeedListener.class.getName());
    /** How long one wait for notifications lasts; in between, the loop sees whether it should stop. */
    private static final Duration POLL = Duration.ofSeconds(1);
    /** Silence this long and the connection is checked: a network that drops quietly sends no error. */
    private static final Duration CHECK_AFTER_SILENCE = Duration.ofSeconds(30);
    private static final Duration FIRST_RETRY = Duration.ofMillis(200);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(10);

    private final Database database;
    private final FeedWakeups wakeups;
    private final Thread thread;
    private volatile boolean running = true;

    private PostgresFeedListener(Database database, FeedWakeups wakeups) {
        this.database = database;
        this.wakeups = wakeups;
        this.thread = Thread.ofPlatform().name("depot-feed-listener").daemon().unstarted(this::listenUntilClosed);
    }

    /** Starts listening; {@link #close()} stops it. */
    public static PostgresFeedListener start(Database database, FeedWakeups wakeups) {
        PostgresFeedListener listener = new PostgresFeedListener(database, wakeups);
        listener.thread.start();
        return listener;
    }

    private void listenUntilClosed() {
        Duration retry = FIRST_RETRY;
        while (running) {
            try (Connection listening = database.openDedicatedConnection(APPLICATION_NAME)) {
                listening.setAutoCommit(true);
                try (Statement listen = listening.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                retry = FIRST_RETRY;
                wakeups.changed();
                relay(listening.unwrap(PGConnection.class), listening);
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.log(Level.WARNING, "lost the change feed's notifications, listening again in " + retry.toMillis()
                            + " ms; waiting pulls re-read the feed on their own meanwhile: " + e.getMessage());
                    pause(retry);
                    retry = retry.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : retry.multipliedBy(2);
                }
            }
        }
    }

    private void relay(PGConnection notifications, Connection listening) throws SQLException {
        long silentSince = System.nanoTime();
        while (running) {
            PGNotification[] heard = notifications.getNotifications((int) POLL.toMillis());
            if (heard != null && heard.length > 0) {
                wakeups.changed();
                silentSince = System.nanoTime();
            } else if (System.nanoTime() - silentSince > CHECK_AFTER_SILENCE.toNanos()) {
                if (!listening.isValid((int) POLL.toSeconds())) {
                    throw new SQLException("the listening connection stopped answering");
                }
                silentSince = System.nanoTime();
            }
        }
    }

    private void pause(Duration retry) {
        try {
            Thread.sleep(retry);
        } catch (InterruptedException e) {
            running = false;
        }
    }

    /** Stops listening and closes the connection; returns once the thread has ended (or after a few seconds). */
    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
