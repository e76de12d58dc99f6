package dev.depot.mobile.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.mobile.store.EclipseStoreJournal;
import dev.depot.mobile.sync.SyncStatus.Connection;
import dev.depot.model.changes.EntityKey;
import dev.depot.model.commands.AcknowledgeInbox;
import dev.depot.model.commands.CommandResult;
import dev.depot.model.identity.Role;
import dev.depot.server.testing.Fixtures;
import dev.depot.server.testing.RunningDepot;
import dev.depot.sync.client.HttpSyncTransport;
import dev.depot.sync.client.SyncClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The background loop against the real server: between rounds (a minute apart here) the device holds
 * a pull open, so a change made at the office reaches it within moments, and a command recorded while
 * that pull waits still goes up at once.
 */
class TheDeviceHearsOfServerChangesWithoutASyncTest {

    private static final SyncSchedule ROUNDS_A_MINUTE_APART = new SyncSchedule(Duration.ofSeconds(60), Duration.ofSeconds(2),
            Duration.ofSeconds(60), Duration.ofSeconds(20));

    @RegisterExtension
    static RunningDepot depot = new RunningDepot().with("depot.sync.feed-recheck", "PT60S");

    @TempDir
    Path directory;

    private EclipseStoreJournal journal;
    private SyncClient client;
    private BackgroundSync background;

    @BeforeEach
    void aSignedInPhoneThatSyncedOnce() throws TimeoutException, InterruptedException {
        journal = EclipseStoreJournal.open(directory);
        client = new SyncClient(journal, new HttpSyncTransport(depot.uri(), Duration.ofSeconds(10)), Clock.systemUTC());
        client.signIn(depot.addUser(Role.REP).username(), RunningDepot.PASSWORD, "phone", "test");
        background = new BackgroundSync(client, ROUNDS_A_MINUTE_APART, Runnable::run, (command, replica) -> "command " + command.seq());
        background.start();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> background.statusProperty().get().connection() == Connection.ONLINE);
        TimeUnit.MILLISECONDS.sleep(500); // the watch's pull reaches the server and waits there
    }

    @AfterEach
    void close() {
        background.close();
        journal.close();
    }

    @Test
    void anItemTheOfficeAddsReachesThePhoneWithoutASyncRound() throws TimeoutException {
        Fixtures.TestItem item = new Fixtures(depot).item("HEARD-1", "2.50");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> journal.base().containsKey(new EntityKey("item", item.id())));
    }

    @Test
    void aCommandRecordedWhileAPullIsHeldOpenGoesUpAtOnce() throws TimeoutException {
        long startedAt = System.nanoTime();
        client.submit(new AcknowledgeInbox(UUID.randomUUID()), Set.of());
        background.commandRecorded();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !journal.results().isEmpty());
        assertThat(Duration.ofNanos(System.nanoTime() - startedAt)).as("well before the held pull's 20 s are over")
                .isLessThan(Duration.ofSeconds(10));
        assertThat(journal.results()).extracting(CommandResult::code).containsExactly("UNKNOWN_REFERENCE");
        assertThat(depot.sql().count("SELECT count(*) FROM device_command WHERE device_id = ?",
                journal.registration().orElseThrow().deviceId())).isEqualTo(1);
    }
}
