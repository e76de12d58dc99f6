package dev.depot.sync.client;

import static dev.depot.sync.client.Fixtures.ACME;
import static dev.depot.sync.client.Fixtures.REP_DEVICE;
import static dev.depot.sync.client.Fixtures.TEN_FIFTEEN;
import static dev.depot.sync.client.Fixtures.WIDGET_ITEM;
import static dev.depot.sync.client.Fixtures.WIDGET_PRICE;
import static dev.depot.sync.client.Fixtures.applied;
import static dev.depot.sync.client.Fixtures.envelope;
import static dev.depot.sync.client.Fixtures.keyOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.depot.model.changes.EntityKey;
import dev.depot.model.commands.CommandResult;
import dev.depot.model.commands.Outcome;
import dev.depot.model.views.ItemView;
import dev.depot.model.views.SyncedView;
import dev.depot.sync.protocol.CommandEnvelope;
import dev.depot.sync.protocol.DeviceRegistration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DeviceJournal} must do, whatever it stores in. A journal's test extends this
 * and says how to make a fresh one.
 */
public abstract class DeviceJournalContract {

    private static final ItemView BOLT = new ItemView(UUID.randomUUID(), "BOLT-1", "09506000134369", "Bolt", 100, true);

    protected DeviceJournal journal;

    protected abstract DeviceJournal newJournal();

    @BeforeEach
    void openAJournalSomeoneSignedInOn() {
        journal = newJournal();
        journal.register(REP_DEVICE);
    }

    @Test
    void aFreshJournalHoldsNothing() {
        DeviceJournal fresh = newJournal();

        assertThat(fresh.registration()).isEmpty();
        assertNothingPulledOrIssued(fresh);
        assertThat(fresh.pending()).isEmpty();
    }

    @Test
    void aSyncStepIsRefusedWhenNobodyIsRegistered() {
        DeviceJournal signedOut = newJournal();

        assertThatThrownBy(() -> signedOut.commit(changes(Map.of(keyOf(ACME), new VersionedView(1, ACME)), Set.of(),
                Optional.of("c1")))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> signedOut.commit(JournalUpdate.answers(List.of(applied(1)), TEN_FIFTEEN)))
                .isInstanceOf(IllegalStateException.class);
        assertNothingPulledOrIssued(signedOut);
    }

    @Test
    void theNextPersonToRegisterStartsFromAnEmptyReplica() {
        journal.append(envelope(1));
        journal.commit(new JournalUpdate(BaseStep.WHOLE_COPY, Map.of(keyOf(ACME), new VersionedView(1, ACME)), Set.of(), Optional.of("c1"),
                Optional.of(List.of("catalog")), 1, List.of(applied(1)), TEN_FIFTEEN));
        DeviceRegistration next = new DeviceRegistration(UUID.randomUUID(), "token-2", UUID.randomUUID(), "rep2", "Ray Rep",
                REP_DEVICE.role(), null);

        journal.register(next);

        assertThat(journal.registration()).contains(next);
        assertNothingPulledOrIssued(journal);
    }

    @Test
    void registeringIsRefusedWhileTheOutboxHoldsWork() {
        journal.append(envelope(1));
        DeviceRegistration next = new DeviceRegistration(UUID.randomUUID(), "token-2", UUID.randomUUID(), "rep2", "Ray Rep",
                REP_DEVICE.role(), null);

        assertThatThrownBy(() -> journal.register(next)).isInstanceOf(IllegalStateException.class);
        assertThat(journal.registration()).contains(REP_DEVICE);
        assertThat(journal.pending()).hasSize(1);
    }

    @Test
    void appendedCommandsArePendingInSeqOrder() {
        journal.append(envelope(1));
        journal.append(envelope(2));

        assertThat(journal.pending()).extracting(CommandEnvelope::seq).containsExactly(1L, 2L);
        assertThat(journal.lastIssuedSeq()).isEqualTo(2);
    }

    @Test
    void aGapInTheOutboxIsRefused() {
        journal.append(envelope(1));

        assertThatThrownBy(() -> journal.append(envelope(3))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> journal.append(envelope(1))).isInstanceOf(IllegalStateException.class);
        assertThat(journal.pending()).hasSize(1);
    }

    @Test
    void commandsAPullSaysAreDoneLeaveTheOutboxButTheirSeqIsNeverIssuedAgain() {
        journal.append(envelope(1));
        journal.append(envelope(2));
        journal.append(envelope(3));

        journal.commit(new JournalUpdate(BaseStep.APPLY, Map.of(), Set.of(), Optional.of("c1"), Optional.empty(), 2,
                List.of(applied(1), applied(2)), TEN_FIFTEEN));

        assertThat(journal.pending()).extracting(CommandEnvelope::seq).containsExactly(3L);
        assertThat(journal.lastIssuedSeq()).isEqualTo(3);
        assertThat(journal.lastSyncedAt()).contains(TEN_FIFTEEN);
    }

    @Test
    void theServersAnswersAreKeptAndTheAnsweredCommandsStayPending() {
        journal.append(envelope(1));
        journal.append(envelope(2));

        journal.commit(JournalUpdate.answers(List.of(applied(1), applied(2)), TEN_FIFTEEN));

        assertThat(journal.pending()).extracting(CommandEnvelope::seq).containsExactly(1L, 2L);
        assertThat(journal.results()).extracting(CommandResult::seq).containsExactly(1L, 2L);
        assertThat(journal.resultsThrough()).isEqualTo(2);
    }

    @Test
    void upsertsAndDeletesChangeTheBaseAndTheCursorMoves() {
        journal.commit(changes(Map.of(keyOf(ACME), new VersionedView(1, ACME), keyOf(WIDGET_ITEM),
                new VersionedView(1, WIDGET_ITEM)), Set.of(), Optional.of("c1")));

        journal.commit(changes(Map.of(), Set.of(keyOf(WIDGET_ITEM)), Optional.empty()));

        assertThat(journal.base()).containsOnlyKeys(keyOf(ACME));
        assertThat(journal.cursor()).as("kept when the step did not move it").contains("c1");
    }

    @Test
    void aResetReplacesTheBaseAndKeepsTheOutbox() {
        journal.append(envelope(1));
        journal.commit(changes(Map.of(keyOf(ACME), new VersionedView(1, ACME)), Set.of(), Optional.of("c1")));

        journal.commit(new JournalUpdate(BaseStep.WHOLE_COPY, Map.of(keyOf(WIDGET_ITEM), new VersionedView(4, WIDGET_ITEM)), Set.of(),
                Optional.of("c9"), Optional.empty(), 0, List.of(), TEN_FIFTEEN));

        assertThat(journal.base()).containsOnlyKeys(keyOf(WIDGET_ITEM));
        assertThat(journal.pending()).hasSize(1);
        assertThat(journal.cursor()).contains("c9");
    }

    @Test
    void aStagedPageOfAFreshCopyLeavesTheBaseTheScopesAndTheOutboxAsTheyWere() {
        journal.append(envelope(1));
        journal.commit(new JournalUpdate(BaseStep.APPLY, Map.of(keyOf(ACME), new VersionedView(1, ACME)), Set.of(), Optional.of("c1"),
                Optional.of(List.of("customer:" + ACME.id())), 0, List.of(), TEN_FIFTEEN));
        Map<EntityKey, VersionedView> base = journal.base();
        List<CommandEnvelope> outbox = journal.pending();

        journal.commit(copyPage(BaseStep.BEGIN_COPY, WIDGET_ITEM, "copy-1", 0));

        assertThat(journal.base()).as("the person keeps working on the old base").isSameAs(base);
        assertThat(journal.pending()).isSameAs(outbox);
        assertThat(journal.scopes()).containsExactly("customer:" + ACME.id());
        assertThat(journal.staged()).isEqualTo(1);
        assertThat(journal.cursor()).as("the copy resumes from here after a lost connection").contains("copy-1");
    }

    @Test
    void theLastPageOfAFreshCopyReplacesTheBaseWithEveryStagedPageAtOnce() {
        journal.append(envelope(1));
        journal.append(envelope(2));
        journal.commit(changes(Map.of(keyOf(ACME), new VersionedView(1, ACME)), Set.of(), Optional.of("c1")));
        journal.commit(copyPage(BaseStep.BEGIN_COPY, WIDGET_ITEM, "copy-1", 0));
        journal.commit(copyPage(BaseStep.CONTINUE_COPY, WIDGET_PRICE, "copy-2", 0));

        journal.commit(new JournalUpdate(BaseStep.FINISH_COPY, Map.of(keyOf(BOLT), new VersionedView(3, BOLT)), Set.of(),
                Optional.of("c9"), Optional.of(List.of("catalog")), 1, List.of(applied(1)), TEN_FIFTEEN));

        assertThat(journal.base()).containsOnlyKeys(keyOf(WIDGET_ITEM), keyOf(WIDGET_PRICE), keyOf(BOLT));
        assertThat(journal.base().get(keyOf(WIDGET_PRICE))).isEqualTo(new VersionedView(1, WIDGET_PRICE));
        assertThat(journal.staged()).isZero();
        assertThat(journal.scopes()).containsExactly("catalog");
        assertThat(journal.cursor()).contains("c9");
        assertThat(journal.pending()).as("the copy brought command 1's effects; 2 stays").extracting(CommandEnvelope::seq)
                .containsExactly(2L);
    }

    @Test
    void aFreshCopyStartedAgainDropsWhatTheEarlierOneStaged() {
        journal.commit(copyPage(BaseStep.BEGIN_COPY, WIDGET_ITEM, "copy-1", 0));

        journal.commit(copyPage(BaseStep.BEGIN_COPY, WIDGET_PRICE, "other-copy-1", 0));
        journal.commit(new JournalUpdate(BaseStep.FINISH_COPY, Map.of(), Set.of(), Optional.of("c2"), Optional.of(List.of("catalog")),
                0, List.of(), TEN_FIFTEEN));

        assertThat(journal.base()).containsOnlyKeys(keyOf(WIDGET_PRICE));
    }

    @Test
    void aWholeCopyInOnePageDropsAnythingStaged() {
        journal.commit(copyPage(BaseStep.BEGIN_COPY, WIDGET_ITEM, "copy-1", 0));

        journal.commit(new JournalUpdate(BaseStep.WHOLE_COPY, Map.of(keyOf(ACME), new VersionedView(2, ACME)), Set.of(),
                Optional.of("c2"), Optional.of(List.of("customer:" + ACME.id())), 0, List.of(), TEN_FIFTEEN));

        assertThat(journal.base()).containsOnlyKeys(keyOf(ACME));
        assertThat(journal.staged()).isZero();
    }

    @Test
    void resultsArriveWithAStagedPageAndAreKept() {
        journal.append(envelope(1));

        journal.commit(new JournalUpdate(BaseStep.BEGIN_COPY, Map.of(), Set.of(), Optional.of("copy-1"), Optional.empty(), 0,
                List.of(applied(1)), TEN_FIFTEEN));

        assertThat(journal.resultsThrough()).isEqualTo(1);
        assertThat(journal.pending()).hasSize(1);
    }

    @Test
    void wipingDropsAFreshCopyUnderWay() {
        journal.commit(copyPage(BaseStep.BEGIN_COPY, WIDGET_ITEM, "copy-1", 0));

        journal.wipe();

        assertThat(journal.staged()).isZero();
    }

    @Test
    void aStagedPageCannotAcknowledgeCommandsNorChangeTheScopes() {
        assertThatThrownBy(() -> copyPage(BaseStep.CONTINUE_COPY, WIDGET_ITEM, "copy-2", 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JournalUpdate(BaseStep.BEGIN_COPY, Map.of(), Set.of(), Optional.empty(),
                Optional.of(List.of("catalog")), 0, List.of(), TEN_FIFTEEN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aResultReceivedAgainIsKeptOnceInSeqOrder() {
        CommandResult first = applied(1);
        CommandResult second = new CommandResult(UUID.randomUUID(), 2, Outcome.PENDING_APPROVAL, "DISCOUNT",
                "waits for approval", "none", Map.of());
        journal.commit(JournalUpdate.answers(List.of(second, first), TEN_FIFTEEN));

        journal.commit(JournalUpdate.answers(List.of(second, applied(3)), TEN_FIFTEEN)); // a retried push, and one more

        assertThat(journal.results()).extracting(CommandResult::seq).containsExactly(1L, 2L, 3L);
        assertThat(journal.results().get(1)).isEqualTo(second);
        assertThat(journal.resultsThrough()).isEqualTo(3);
    }

    @Test
    void whatWasReadDoesNotChangeWithLaterWrites() {
        Map<EntityKey, VersionedView> baseBefore = journal.base();
        List<CommandEnvelope> pendingBefore = journal.pending();

        journal.append(envelope(1));
        journal.commit(changes(Map.of(keyOf(ACME), new VersionedView(1, ACME)), Set.of(), Optional.empty()));

        assertThat(baseBefore).isEmpty();
        assertThat(pendingBefore).isEmpty();
    }

    @Test
    void theOutboxAndTheBaseAreTheSameObjectsUntilAWriteChangesThem() {
        journal.commit(changes(Map.of(keyOf(ACME), new VersionedView(1, ACME)), Set.of(), Optional.of("c1")));
        List<CommandEnvelope> outbox = journal.pending();
        Map<EntityKey, VersionedView> base = journal.base();

        journal.commit(JournalUpdate.answers(List.of(applied(1)), TEN_FIFTEEN));
        assertThat(journal.pending()).isSameAs(outbox);
        assertThat(journal.base()).isSameAs(base);

        journal.append(envelope(1));
        assertThat(journal.pending()).isNotSameAs(outbox).hasSize(1);
        assertThat(journal.base()).isSameAs(base);
    }

    @Test
    void wipingForgetsTheDeviceEntirely() {
        journal.append(envelope(1));
        journal.commit(changes(Map.of(keyOf(ACME), new VersionedView(1, ACME)), Set.of(), Optional.of("c1")));

        journal.wipe();

        assertThat(journal.registration()).isEmpty();
        assertThat(journal.pending()).isEmpty();
        assertThat(journal.base()).isEmpty();
        assertThat(journal.cursor()).isEmpty();
        assertThat(journal.lastIssuedSeq()).isZero();
    }

    @Test
    void revokingForgetsThePersonAndTheReplicaButKeepsTheUnsentWork() {
        journal.append(envelope(1));
        journal.commit(changes(Map.of(keyOf(ACME), new VersionedView(1, ACME)), Set.of(), Optional.of("c1")));
        UnsentCommand unsent = new UnsentCommand(envelope(1), "Picked 1 from A-01-02");

        journal.revoke(List.of(unsent));

        assertThat(journal.registration()).isEmpty();
        assertThat(journal.pending()).isEmpty();
        assertNothingPulledOrIssued(journal);
        assertThat(journal.unsent()).containsExactly(unsent);
    }

    @Test
    void unsentWorkOutlivesAWipeAndBlocksTheNextRegistrationUntilItIsDiscarded() {
        UnsentCommand unsent = new UnsentCommand(envelope(1), "Picked 1 from A-01-02");
        journal.revoke(List.of(unsent));
        DeviceRegistration next = new DeviceRegistration(UUID.randomUUID(), "token-2", UUID.randomUUID(), "rep2", "Ray Rep",
                REP_DEVICE.role(), null);

        journal.wipe();
        assertThatThrownBy(() -> journal.register(next)).isInstanceOf(IllegalStateException.class);
        assertThat(journal.unsent()).containsExactly(unsent);

        journal.discardUnsent();
        journal.register(next);
        assertThat(journal.unsent()).isEmpty();
        assertThat(journal.registration()).contains(next);
    }

    @Test
    void aJournalThatWasNeverRevokedHoldsNoUnsentWork() {
        journal.append(envelope(1));

        assertThat(journal.unsent()).isEmpty();
    }

    private static void assertNothingPulledOrIssued(DeviceJournal journal) {
        assertThat(journal.lastIssuedSeq()).isZero();
        assertThat(journal.base()).isEmpty();
        assertThat(journal.cursor()).isEmpty();
        assertThat(journal.scopes()).isEmpty();
        assertThat(journal.results()).isEmpty();
        assertThat(journal.resultsThrough()).isZero();
        assertThat(journal.lastSyncedAt()).isEmpty();
    }

    private static JournalUpdate copyPage(BaseStep step, SyncedView record, String cursor, long acknowledgedThrough) {
        return new JournalUpdate(step, Map.of(keyOf(record), new VersionedView(1, record)), Set.of(), Optional.of(cursor),
                Optional.empty(), acknowledgedThrough, List.of(), TEN_FIFTEEN);
    }

    private static JournalUpdate changes(Map<EntityKey, VersionedView> upserts, Set<EntityKey> deletes,
                                         Optional<String> cursor) {
        return new JournalUpdate(BaseStep.APPLY, upserts, deletes, cursor, Optional.empty(), 0, List.of(), TEN_FIFTEEN);
    }
}
