package dev.depot.mobile.store;

import dev.depot.model.contact.ContactDetails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.depot.mobile.testing.ReplicaSeed;
import dev.depot.model.changes.EntityKey;
import dev.depot.model.commands.CommandResult;
import dev.depot.model.commands.ConfirmPick;
import dev.depot.model.commands.Outcome;
import dev.depot.model.commands.PlaceOrder;
import dev.depot.model.views.CustomerView;
import dev.depot.model.views.ItemView;
import dev.depot.sync.client.HttpSyncTransport;
import dev.depot.sync.client.BaseStep;
import dev.depot.sync.client.JournalUpdate;
import dev.depot.sync.client.SyncClient;
import dev.depot.sync.client.UnsentCommand;
import dev.depot.sync.client.VersionedView;
import dev.depot.sync.protocol.CommandEnvelope;
import dev.depot.sync.protocol.DeviceRegistration;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EclipseStoreJournalTest {

    private static final Instant NOON = Instant.parse("2026-11-23T12:00:00Z");

    @TempDir
    Path directory;

    private EclipseStoreJournal journal;
    private DeviceRegistration registration;

    @BeforeEach
    void openAndRegister() {
        journal = EclipseStoreJournal.open(directory);
        registration = ReplicaSeed.rep();
        journal.register(registration);
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void anAppendedCommandSurvivesClosingAndReopening() {
        CommandEnvelope order = envelope(1, anOrder());
        journal.append(order);

        reopen();

        assertThat(journal.pending()).containsExactly(order);
        assertThat(journal.lastIssuedSeq()).isEqualTo(1);
        assertThat(journal.registration()).contains(registration);
    }

    @Test
    void aCommittedSyncStepSurvivesReopeningWhole() {
        journal.append(envelope(1, anOrder()));
        journal.append(envelope(2, aPick()));
        CommandResult adjusted = new CommandResult(UUID.randomUUID(), 1, Outcome.ADJUSTED, "BACKORDERED", "2 backordered", null,
                Map.of("orderNumber", "SO-000012"));
        ReplicaSeed seed = ReplicaSeed.forRep();
        journal.commit(new JournalUpdate(BaseStep.WHOLE_COPY, seed.views(), Set.of(), Optional.of("cursor-7"), Optional.of(List.of("catalog")),
                1, List.of(adjusted), NOON));

        reopen();

        assertThat(journal.base()).isEqualTo(seed.views());
        assertThat(journal.pending()).extracting(CommandEnvelope::seq).containsExactly(2L);
        assertThat(journal.lastIssuedSeq()).isEqualTo(2);
        assertThat(journal.cursor()).contains("cursor-7");
        assertThat(journal.scopes()).containsExactly("catalog");
        assertThat(journal.results()).containsExactly(adjusted);
        assertThat(journal.resultsThrough()).isEqualTo(1);
        assertThat(journal.lastSyncedAt()).contains(NOON);
    }

    @Test
    void laterStepsUpdateAndDeleteSingleRecordsAndKeepTheRest() {
        journal.commit(ReplicaSeed.forRep().firstPull(NOON));
        CustomerView renamed = new CustomerView(ReplicaSeed.ACME.id(), "C-1001", "Acme Hardware & Garden", "Springfield", "STD",
                new BigDecimal("8.25"), ReplicaSeed.usd("6000.00"), ReplicaSeed.usd("0.00"), ReplicaSeed.usd("0.00"),
                ReplicaSeed.WAREHOUSE, ContactDetails.NONE, List.of());
        EntityKey acme = key(ReplicaSeed.ACME.entityType(), ReplicaSeed.ACME.id());
        EntityKey tape = key(ItemView.TYPE, ReplicaSeed.TAPE.id());
        int before = journal.base().size();

        journal.commit(new JournalUpdate(BaseStep.APPLY, Map.of(acme, new VersionedView(2, renamed)), Set.of(tape), Optional.of("cursor-2"),
                Optional.empty(), 0, List.of(), NOON.plusSeconds(5)));
        reopen();

        assertThat(journal.base()).hasSize(before - 1).doesNotContainKey(tape);
        assertThat(journal.base().get(acme)).isEqualTo(new VersionedView(2, renamed));
        assertThat(journal.scopes()).containsExactly("catalog");
        assertThat(journal.cursor()).contains("cursor-2");
    }

    @Test
    void committedWorkSurvivesACrashWithoutShutdown() throws IOException {
        journal.append(envelope(1, anOrder()));
        journal.commit(ReplicaSeed.forRep().firstPull(NOON));

        // the files as a power cut would leave them: copied while the storage still runs, never shut down
        Path crashed = Files.createTempDirectory(directory.getParent(), "crashed-device");
        copy(directory, crashed);
        try (EclipseStoreJournal afterCrash = EclipseStoreJournal.open(crashed)) {
            assertThat(afterCrash.pending()).isEqualTo(journal.pending());
            assertThat(afterCrash.base()).isEqualTo(journal.base());
            assertThat(afterCrash.registration()).contains(registration);
        }
    }

    @Test
    void wipeForgetsThePersonTheOutboxAndTheReplicaButNotTheServerAddress() {
        journal.rememberServerAddress(URI.create("http://depot.example:8080"));
        journal.append(envelope(1, anOrder()));
        journal.commit(ReplicaSeed.forRep().firstPull(NOON));

        journal.wipe();
        reopen();

        assertThat(journal.registration()).isEmpty();
        assertThat(journal.pending()).isEmpty();
        assertThat(journal.base()).isEmpty();
        assertThat(journal.cursor()).isEmpty();
        assertThat(journal.lastIssuedSeq()).isZero();
        assertThat(journal.lastSyncedAt()).isEmpty();
        assertThat(journal.serverAddress()).contains(URI.create("http://depot.example:8080"));
    }

    @Test
    void theNextPersonToRegisterFindsNoneOfThePreviousReplicaAlsoAfterReopening() {
        journal.rememberServerAddress(URI.create("http://depot.example:8080"));
        journal.commit(ReplicaSeed.forRep().firstPull(NOON));
        journal.commit(JournalUpdate.answers(List.of(new CommandResult(UUID.randomUUID(), 1, Outcome.APPLIED, "OK", "done", null,
                Map.of())), NOON));
        DeviceRegistration picker = ReplicaSeed.picker();

        journal.register(picker);
        reopen();

        assertThat(journal.registration()).contains(picker);
        assertThat(journal.base()).isEmpty();
        assertThat(journal.cursor()).isEmpty();
        assertThat(journal.scopes()).isEmpty();
        assertThat(journal.results()).isEmpty();
        assertThat(journal.resultsThrough()).isZero();
        assertThat(journal.lastSyncedAt()).isEmpty();
        assertThat(journal.serverAddress()).contains(URI.create("http://depot.example:8080"));
    }

    @Test
    void theUnsentWorkOfARevokedDeviceSurvivesRestartsAndWipesUntilItIsDiscarded() {
        journal.commit(ReplicaSeed.forRep().firstPull(NOON));
        UnsentCommand unsent = new UnsentCommand(envelope(1, anOrder()), "Order for Acme Hardware: 10 × Nitrile gloves");

        journal.revoke(List.of(unsent));
        reopen();

        assertThat(journal.unsent()).containsExactly(unsent);
        assertThat(journal.registration()).isEmpty();
        assertThat(journal.base()).isEmpty();
        journal.wipe();
        reopen();
        assertThat(journal.unsent()).containsExactly(unsent);

        journal.discardUnsent();
        reopen();
        assertThat(journal.unsent()).isEmpty();
    }

    @Test
    void aSyncStepAfterTheWipeIsRefusedAndWritesNothing() {
        journal.wipe();

        assertThatThrownBy(() -> journal.commit(ReplicaSeed.forRep().firstPull(NOON))).isInstanceOf(IllegalStateException.class);
        reopen();

        assertThat(journal.base()).isEmpty();
        assertThat(journal.cursor()).isEmpty();
    }

    @Test
    void theUiAndTheSyncThreadRecordingAtOnceLeaveAGaplessOutboxWithEveryCommand() throws InterruptedException {
        // the transport is never called: recording a command works offline
        SyncClient client = new SyncClient(journal, new HttpSyncTransport(URI.create("http://127.0.0.1:9"), Duration.ofSeconds(1)),
                Clock.systemUTC());
        int perThread = 100;
        Runnable recorder = () -> {
            for (int i = 0; i < perThread; i++) {
                client.submit(aPick(), Set.of());
            }
        };
        Thread ui = new Thread(recorder, "ui");
        Thread sync = new Thread(recorder, "sync");
        ui.start();
        sync.start();
        ui.join();
        sync.join();

        reopen();

        assertThat(journal.pending()).extracting(CommandEnvelope::seq)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 2L * perThread).boxed().toList());
        assertThat(journal.pending()).extracting(CommandEnvelope::commandId).doesNotHaveDuplicates();
        assertThat(journal.lastIssuedSeq()).isEqualTo(2L * perThread);
    }

    @Test
    void anAppendThatWouldLeaveAGapIsRefusedAndNothingIsWritten() {
        journal.append(envelope(1, anOrder()));

        assertThatThrownBy(() -> journal.append(envelope(3, anOrder()))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not follow 1");
        assertThatThrownBy(() -> journal.append(envelope(1, anOrder()))).isInstanceOf(IllegalStateException.class);
        assertThat(journal.pending()).extracting(CommandEnvelope::seq).containsExactly(1L);
    }

    @Test
    void resultsAlreadyHeldAreNotKeptTwiceAndOnlyTheLatestFiveHundredStay() {
        List<CommandResult> results = LongStream.rangeClosed(1, 520)
                .mapToObj(seq -> new CommandResult(UUID.randomUUID(), seq, Outcome.APPLIED, "OK", "done", null, Map.of()))
                .toList();
        journal.commit(JournalUpdate.answers(results.subList(0, 300), NOON));
        journal.commit(JournalUpdate.answers(results.subList(250, 520), NOON)); // 250..299 again: a retried push

        reopen();

        assertThat(journal.results()).hasSize(JournalStep.RESULTS_KEPT)
                .extracting(CommandResult::seq).containsExactlyElementsOf(LongStream.rangeClosed(21, 520).boxed().toList());
        assertThat(journal.resultsThrough()).isEqualTo(520);
    }

    @Test
    void aFreshCopyReplacesTheBaseButKeepsTheOutbox() {
        journal.commit(ReplicaSeed.forRep().firstPull(NOON));
        journal.append(envelope(1, anOrder()));

        journal.commit(ReplicaSeed.forPicker().firstPull(NOON.plusSeconds(60)));
        reopen();

        assertThat(journal.base()).isEqualTo(ReplicaSeed.forPicker().views());
        assertThat(journal.pending()).hasSize(1);
    }

    @Test
    void aFreshCopyUnderWaySurvivesARestartBesideTheOldBaseAndCompletesAfterIt() {
        journal.commit(ReplicaSeed.forRep().firstPull(NOON));
        Map<EntityKey, VersionedView> copy = ReplicaSeed.forPicker().views();
        Map.Entry<EntityKey, VersionedView> firstRecord = copy.entrySet().iterator().next();
        journal.commit(new JournalUpdate(BaseStep.BEGIN_COPY, Map.ofEntries(firstRecord), Set.of(), Optional.of("copy-1"),
                Optional.empty(), 0, List.of(), NOON));
        reopen();

        assertThat(journal.base()).as("the old base, whole").isEqualTo(ReplicaSeed.forRep().views());
        assertThat(journal.staged()).isEqualTo(1);
        assertThat(journal.cursor()).contains("copy-1");

        Map<EntityKey, VersionedView> rest = new HashMap<>(copy);
        rest.remove(firstRecord.getKey());
        journal.commit(new JournalUpdate(BaseStep.FINISH_COPY, rest, Set.of(), Optional.of("c2"), Optional.of(List.of("catalog")), 0,
                List.of(), NOON.plusSeconds(60)));
        reopen();

        assertThat(journal.base()).isEqualTo(copy);
        assertThat(journal.staged()).isZero();
    }

    private void reopen() {
        journal.close();
        journal = EclipseStoreJournal.open(directory);
    }

    private CommandEnvelope envelope(long seq, dev.depot.model.commands.DeviceCommand command) {
        return new CommandEnvelope(UUID.randomUUID(), registration.deviceId(), seq, NOON, Map.of("customer:x", 3L), command);
    }

    private static PlaceOrder anOrder() {
        return new PlaceOrder(UUID.randomUUID(), ReplicaSeed.ACME.id(),
                List.of(new PlaceOrder.Line(ReplicaSeed.GLOVES.id(), BigDecimal.TEN, null, ReplicaSeed.usd("8.10"))),
                ReplicaSeed.usd("87.68"), null, null);
    }

    private static ConfirmPick aPick() {
        return new ConfirmPick(UUID.randomUUID(), "A-01-3", ReplicaSeed.GLOVES.gtin(), new BigDecimal("6"), null);
    }

    private static EntityKey key(String type, UUID id) {
        return new EntityKey(type, id);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
