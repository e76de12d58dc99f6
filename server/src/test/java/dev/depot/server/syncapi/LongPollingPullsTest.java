package dev.depot.server.syncapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.depot.model.changes.ChangeEntry;
import dev.depot.model.identity.Role;
import dev.depot.server.DepotServer;
import dev.depot.server.testing.ApiClient;
import dev.depot.server.testing.Fixtures;
import dev.depot.server.testing.RunningDepot;
import dev.depot.sync.client.HttpSyncTransport;
import dev.depot.sync.client.SyncRefusedException;
import dev.depot.sync.feed.FeedCursor;
import dev.depot.sync.protocol.DeviceRegistration;
import dev.depot.sync.protocol.PullResponse;
import dev.depot.sync.protocol.RegisterDevice;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A pull with {@code wait} answers as soon as a change in the device's scopes commits, on whichever
 * server node it commits. The servers re-read the feed on their own only once a minute here, so an
 * answer within seconds can only come from PostgreSQL's notification. Bounds are generous: other
 * builds share this machine and the feed's cluster-wide horizon.
 */
class LongPollingPullsTest {

    private static final Duration LONG_WAIT = Duration.ofSeconds(20);
    private static final Duration PROMPTLY = Duration.ofSeconds(5);

    @RegisterExtension
    static RunningDepot depot = new RunningDepot().with("depot.sync.feed-recheck", "PT60S");

    static Fixtures fixtures;
    static Fixtures.TestWarehouse main;
    static RunningDepot.TestUser rep;
    static UUID customer;

    @BeforeAll
    static void aRepWithACustomer() {
        fixtures = new Fixtures(depot);
        main = fixtures.warehouse("MAIN");
        rep = depot.addUser(Role.REP);
        customer = fixtures.customer("C-1", rep.id(), main, "1000.00", "0");
    }

    @Test
    void aWaitingPullAnswersAsSoonAsAChangeInItsScopesCommits() throws Exception {
        Device phone = Device.on(depot.uri(), rep);

        answersPromptlyWith(phone, () -> fixtures.item("NEW-1", "3.00").id());
    }

    @Test
    void aChangeCommittedThroughAnotherNodeWakesAPullWaitingOnThisOne() throws Exception {
        try (DepotServer nodeB = depot.startAnotherNode()) {
            URI nodeBAddress = URI.create("http://localhost:" + nodeB.port() + "/");
            ApiClient officeOnB = signIn(nodeBAddress, depot.addUser(Role.ORDER_DESK));
            Device phoneOnA = Device.on(depot.uri(), rep);

            answersPromptlyWith(phoneOnA, () -> {
                assertThat(officeOnB.post("api/customers/" + customer + "/contact", Map.of("phone", "614-555-0199")).status())
                        .isEqualTo(200);
                return customer;
            });
        }
    }

    @Test
    void aPullThatWaitsInVainAnswersEmptyAndItsCursorStillServesWhatComesLater() throws Exception {
        Device phone = Device.on(depot.uri(), rep);
        String cursor = phone.pull(null, Duration.ZERO).cursor();

        PullResponse empty = phone.pull(cursor, Duration.ofSeconds(2));

        assertThat(empty.reset()).isFalse();
        assertThat(empty.changes()).isEmpty();
        assertThat(empty.results()).isEmpty();
        assertThat(empty.hasMore()).isFalse();
        DeliveryCursor before = DeliveryCursor.decode(cursor);
        DeliveryCursor after = DeliveryCursor.decode(empty.cursor());
        assertThat(after.scopes()).isEqualTo(before.scopes());
        assertThat(after.feed().epoch()).isEqualTo(before.feed().epoch());
        assertThat(after.feed()).as("the same place, or the horizon it moved on to: nothing was skipped")
                .isGreaterThanOrEqualTo(before.feed());

        Fixtures.TestItem item = fixtures.item("LATER-1", "4.00");
        assertThat(phone.pull(empty.cursor(), LONG_WAIT).changes()).extracting(ChangeEntry::entityId).contains(item.id());
    }

    @Test
    void aDeviceRevokedWhileItsPullWaitsIsToldSoWhenThePullEnds() throws Exception {
        Device phone = Device.on(depot.uri(), rep);
        String cursor = phone.pull(null, Duration.ZERO).cursor();

        CompletableFuture<Timed> waiting = phone.pullAsync(cursor, Duration.ofSeconds(3));
        parked();
        var admin = depot.server().capabilities().identity().signIn(depot.addUser(Role.ADMIN).username(), RunningDepot.PASSWORD)
                .caller();
        depot.server().capabilities().transactions()
                .run(em -> depot.server().capabilities().revokeDevice().revoke(em, phone.registration().deviceId(), admin));

        assertThatThrownBy(() -> waiting.get(30, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(SyncRefusedException.class, e -> assertThat(e.isDeviceRevoked()).isTrue());
    }

    @Test
    void aListenerWhoseConnectionDropsListensAgainAndPullsStillWakeAtOnce() throws Exception {
        Set<Object> listeners = listenerBackends();
        assertThat(listeners).as("one listening connection per server node").hasSize(1);
        depot.sql().rows("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ? "
                + "AND datname = current_database()", PostgresFeedListener.APPLICATION_NAME);
        awaitNewListener(listeners);
        Device phone = Device.on(depot.uri(), rep);

        answersPromptlyWith(phone, () -> fixtures.item("AFTER-DROP", "5.00").id());
    }

    /** The device's pull waits (up to 20 s), {@code commit} changes a record in its scopes, and the pull answers with it at once. */
    private static void answersPromptlyWith(Device device, Supplier<UUID> commit) throws Exception {
        String cursor = device.pull(null, Duration.ZERO).cursor();
        CompletableFuture<Timed> waiting = device.pullAsync(cursor, LONG_WAIT);
        parked();
        long committedAt = System.nanoTime();
        UUID changed = commit.get();

        Timed answer = waiting.get(30, TimeUnit.SECONDS);
        assertThat(answer.since(committedAt)).isLessThan(PROMPTLY);
        assertThat(answer.pull().changes()).extracting(ChangeEntry::entityId).contains(changed);
    }

    private static Set<Object> listenerBackends() {
        return depot.sql().rows("SELECT pid FROM pg_stat_activity WHERE application_name = ? AND datname = current_database()",
                PostgresFeedListener.APPLICATION_NAME).stream().map(row -> row.get("pid")).collect(Collectors.toSet());
    }

    private static void awaitNewListener(Set<Object> old) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            Set<Object> now = listenerBackends();
            if (!now.isEmpty() && now.stream().noneMatch(old::contains)) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new AssertionError("the listener did not connect again");
    }

    /** Gives the pull time to reach the server and park; were it late, it would only find the change at once. */
    private static void parked() throws InterruptedException {
        TimeUnit.MILLISECONDS.sleep(500);
    }

    private static ApiClient signIn(URI node, RunningDepot.TestUser user) {
        var response = new ApiClient(node, null).post("api/session", Map.of("username", user.username(), "password",
                RunningDepot.PASSWORD));
        return new ApiClient(node, response.json().getString("token"));
    }

    /** An answer and when it came. */
    record Timed(PullResponse pull, long answeredAt) {

        Duration since(long startedAt) {
            return Duration.ofNanos(answeredAt - startedAt);
        }
    }

    /** A registered device pulling from one node. */
    record Device(HttpSyncTransport transport, DeviceRegistration registration) {

        static Device on(URI node, RunningDepot.TestUser user) {
            HttpSyncTransport transport = new HttpSyncTransport(node, Duration.ofSeconds(10));
            return new Device(transport, transport.register(new RegisterDevice(user.username(), RunningDepot.PASSWORD, "phone", "test")));
        }

        PullResponse pull(String cursor, Duration wait) {
            return transport.pull(registration.token(), cursor, 0, wait);
        }

        CompletableFuture<Timed> pullAsync(String cursor, Duration wait) {
            return CompletableFuture.supplyAsync(() -> new Timed(pull(cursor, wait), System.nanoTime()),
                    runnable -> Thread.ofVirtual().start(runnable));
        }
    }
}
