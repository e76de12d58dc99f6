package dev.depot.sync.client;

import dev.depot.model.contact.ContactDetails;
import static dev.depot.sync.client.Fixtures.ACME;
import static dev.depot.sync.client.Fixtures.REP_DEVICE;
import static dev.depot.sync.client.Fixtures.TEN_FIFTEEN;
import static dev.depot.sync.client.Fixtures.WIDGET_ITEM;
import static dev.depot.sync.client.Fixtures.WIDGET_PRICE;
import static dev.depot.sync.client.Fixtures.aPick;
import static dev.depot.sync.client.Fixtures.anOrderForAcme;
import static dev.depot.sync.client.Fixtures.applied;
import static dev.depot.sync.client.Fixtures.keyOf;
import static dev.depot.sync.client.Fixtures.usd;
import static dev.depot.sync.client.ScriptedTransport.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.depot.model.changes.ChangeEntry;
import dev.depot.model.changes.EntityKey;
import dev.depot.model.changes.Scope;
import dev.depot.model.commands.CommandResult;
import dev.depot.model.commands.ConfirmPick;
import dev.depot.model.commands.PlaceOrder;
import dev.depot.model.commands.Rebase;
import dev.depot.model.commands.Violation;
import dev.depot.model.ids.UuidV7;
import dev.depot.model.views.CustomerView;
import dev.depot.model.views.ItemView;
import dev.depot.model.views.OrderStatus;
import dev.depot.model.views.OrderView;
import dev.depot.sync.protocol.CommandEnvelope;
import dev.depot.sync.protocol.PullResponse;
import dev.depot.sync.protocol.PushResponse;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SyncClientTest {

    private final InMemoryJournal journal = new InMemoryJournal();
    private final ScriptedTransport server = new ScriptedTransport();
    private final SyncClient client = new SyncClient(journal, server, Clock.fixed(TEN_FIFTEEN, ZoneOffset.UTC));

    SyncClientTest() {
        journal.register(REP_DEVICE);
    }

    // --- recording commands -------------------------------------------------------------------

    @Test
    void commandsGetGaplessSequenceNumbersFromOne() {
        List<CommandEnvelope> sent = List.of(
                client.submit(anOrderForAcme("1"), Set.of()),
                client.submit(aPick(), Set.of()),
                client.submit(anOrderForAcme("2"), Set.of()));

        assertThat(sent).extracting(CommandEnvelope::seq).containsExactly(1L, 2L, 3L);
        assertThat(journal.pending()).isEqualTo(sent);
        assertThat(sent).allSatisfy(envelope -> {
            assertThat(envelope.deviceId()).isEqualTo(REP_DEVICE.deviceId());
            assertThat(envelope.occurredAt()).isEqualTo(TEN_FIFTEEN);
            assertThat(UuidV7.timestampOf(envelope.commandId())).isEqualTo(TEN_FIFTEEN);
        });
        assertThat(sent).extracting(e -> e.commandId().toString()).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aCommandCarriesTheVersionOfEachRecordThePersonSaw() {
        server.answerPull(page("c1", 0, List.of(ChangeEntry.upsert(ACME, 7, Scope.customer(ACME.id())))));
        client.syncNow();
        EntityKey notOnTheDevice = new EntityKey(ItemView.TYPE, UUID.randomUUID());

        CommandEnvelope sent = client.submit(anOrderForAcme("1"), Set.of(keyOf(ACME), notOnTheDevice));

        assertThat(sent.baseVersions()).containsExactly(java.util.Map.entry("customer:" + ACME.id(), 7L));
    }

    @Test
    void aCommandWithViolationsIsRefusedAndNothingIsRecorded() {
        ConfirmPick unscanned = new ConfirmPick(UUID.randomUUID(), null, "SKU-1", BigDecimal.ONE, null);

        assertThatThrownBy(() -> client.submit(unscanned, Set.of()))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation("binCode", "scan the bin first")))
                .hasMessage("binCode: scan the bin first");
        assertThat(journal.pending()).isEmpty();
        assertThat(client.submit(aPick(), Set.of()).seq()).as("no seq was used up").isEqualTo(1);
    }

    @Test
    void aDeviceNobodySignedInOnRecordsNothing() {
        SyncClient unregistered = new SyncClient(new InMemoryJournal(), server, Clock.systemUTC());

        assertThatThrownBy(() -> unregistered.submit(aPick(), Set.of())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("sign in first");
        assertThatThrownBy(unregistered::syncNow).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRevokedDeviceSetsAsideOnlyTheCommandsTheServerNeverReceivedAndForgetsTheRest() {
        client.submit(anOrderForAcme("1"), Set.of());
        server.acceptNextPush().answerPull(page("c1", 0, List.of()));
        client.syncNow();
        CommandEnvelope neverSent = client.submit(anOrderForAcme("2"), Set.of());

        List<UnsentCommand> unsent = client.signedOutByServer(envelope -> "order of seq " + envelope.seq());

        assertThat(unsent).containsExactly(new UnsentCommand(neverSent, "order of seq 2"));
        assertThat(journal.unsent()).isEqualTo(unsent);
        assertThat(journal.registration()).isEmpty();
        assertThat(journal.pending()).isEmpty();
        assertThat(journal.base()).isEmpty();
    }

    @Test
    void signingInKeepsTheRegistration() {
        InMemoryJournal fresh = new InMemoryJournal();
        server.registersAs(REP_DEVICE);

        new SyncClient(fresh, server, Clock.systemUTC()).signIn("rep1", "secret", "Rita's phone", "1.0");

        assertThat(fresh.registration()).contains(REP_DEVICE);
    }

    @Test
    void signingOutWipesTheDeviceForTheNextPerson() {
        pull(ChangeEntry.upsert(ACME, 1, Scope.customer(ACME.id())));

        assertThat(client.signOut()).isEqualTo(new SyncClient.SignOut.SignedOut());

        assertThat(journal.registration()).isEmpty();
        assertThat(journal.base()).isEmpty();
        assertThat(journal.cursor()).isEmpty();
        assertThatThrownBy(() -> client.submit(aPick(), Set.of())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void signingOutIsRefusedWhileCommandsWaitAndNothingIsWiped() {
        submitPicks(2);

        assertThat(client.signOut()).isEqualTo(new SyncClient.SignOut.WorkWaits(2));

        assertThat(journal.registration()).contains(REP_DEVICE);
        assertThat(journal.pending()).hasSize(2);
    }

    // --- push ---------------------------------------------------------------------------------

    @Test
    void aSyncPushesTheOutboxWithTheDevicesToken() {
        submitPicks(3);
        server.acceptNextPush().answerPull(page("c1", 3, List.of()));

        SyncClient.SyncReport report = client.syncNow();

        assertThat(server.pushes()).singleElement().satisfies(push -> {
            assertThat(push.deviceId()).isEqualTo(REP_DEVICE.deviceId());
            assertThat(push.commands()).extracting(CommandEnvelope::seq).containsExactly(1L, 2L, 3L);
        });
        assertThat(server.pushTokens()).containsExactly("token-rep-1");
        assertThat(journal.pending()).isEmpty();
        assertThat(report).isEqualTo(new SyncClient.SyncReport(3, 0, 0));
    }

    @Test
    void commandsThePullSaysAreDoneLeaveTheOutboxAndTheRestStay() {
        submitPicks(3);
        server.answerPush(request -> new PushResponse(List.of(applied(1), applied(2)), 2))
                .answerPush(request -> new PushResponse(List.of(), 2)) // the rest, offered again, is not taken now
                .answerPull(page("c1", 2, List.of()));

        SyncClient.SyncReport report = client.syncNow();

        assertThat(server.pushes()).extracting(push -> push.commands().stream().map(CommandEnvelope::seq).toList())
                .containsExactly(List.of(1L, 2L, 3L), List.of(3L));
        assertThat(journal.pending()).extracting(CommandEnvelope::seq).containsExactly(3L);
        assertThat(report.stillPending()).isEqualTo(1);
    }

    @Test
    void aPullsLastSeqAlsoAcknowledgesCommands() {
        submitPicks(2);
        server.answerPush(request -> new PushResponse(List.of(), 0)) // the push was lost on the way back
                .answerPull(page("c1", 2, List.of()));

        client.syncNow();

        assertThat(journal.pending()).isEmpty();
    }

    @Test
    void aLongOfflineDayGoesUpInBatches() {
        submitPicks(2 * SyncClient.PUSH_BATCH + 50);
        server.acceptNextPush().acceptNextPush().acceptNextPush()
                .answerPull(page("c1", 2L * SyncClient.PUSH_BATCH + 50, List.of()));

        client.syncNow();

        assertThat(server.pushes()).extracting(push -> push.commands().size())
                .containsExactly(SyncClient.PUSH_BATCH, SyncClient.PUSH_BATCH, 50);
        assertThat(journal.pending()).isEmpty();
    }

    @Test
    void aServerThatTakesNothingIsNotAskedAgainInTheSameRound() {
        submitPicks(3);
        server.answerPush(request -> new PushResponse(List.of(), 0)).answerPull(page("c1", 0, List.of()));

        client.syncNow();

        assertThat(server.pushes()).hasSize(1);
        assertThat(journal.pending()).hasSize(3);
    }

    @Test
    void resultsAreKeptAndTheNextPullAsksOnlyForNewerOnes() {
        submitPicks(3);
        CommandResult third = applied(3);
        server.answerPush(request -> new PushResponse(List.of(applied(1), applied(2)), 2))
                .answerPush(request -> new PushResponse(List.of(), 2))
                .answerPull(new PullResponse("c1", false, List.of(), List.of(), 3, List.of(third), false));

        client.syncNow();

        assertThat(server.pulls()).extracting(ScriptedTransport.Pull::resultsAfter).containsExactly(2L);
        assertThat(journal.results()).extracting(CommandResult::seq).containsExactly(1L, 2L, 3L);
        assertThat(journal.resultsThrough()).isEqualTo(3);
        assertThat(journal.lastSyncedAt()).contains(TEN_FIFTEEN);
    }

    @Test
    void anUnreachableServerLeavesOutboxAndBaseAsTheyWere() {
        server.answerPull(page("c1", 0, List.of(ChangeEntry.upsert(ACME, 1, Scope.customer(ACME.id())))));
        client.syncNow();
        submitPicks(2);
        server.failNextPush(new SyncUnavailableException("no network"));

        assertThatThrownBy(client::syncNow).isInstanceOf(SyncUnavailableException.class);

        assertThat(journal.pending()).hasSize(2);
        assertThat(journal.base()).containsOnlyKeys(keyOf(ACME));
        assertThat(journal.cursor()).contains("c1");
        assertThat(server.pulls()).as("no pull after a failed push").hasSize(1);
    }

    @Test
    void aPullThatFailsKeepsTheBaseAndCursorAndThePushedCommandsPendingWithTheirAnswers() {
        submitPicks(2);
        server.acceptNextPush().failNextPull(new SyncUnavailableException("timed out"));

        assertThatThrownBy(client::syncNow).isInstanceOf(SyncUnavailableException.class);

        assertThat(journal.pending()).as("their effects have not come back yet").hasSize(2);
        assertThat(journal.results()).hasSize(2);
        assertThat(journal.base()).isEmpty();
        assertThat(journal.cursor()).isEmpty();
    }

    @Test
    void answeredCommandsAreNotSentAgainWhileTheyWaitForThePull() {
        submitPicks(2);
        server.acceptNextPush().failNextPull(new SyncUnavailableException("timed out"));
        assertThatThrownBy(client::syncNow).isInstanceOf(SyncUnavailableException.class);
        client.submit(aPick(), Set.of());
        server.acceptNextPush().answerPull(page("c1", 3, List.of()));

        client.syncNow();

        assertThat(server.pushes()).extracting(push -> push.commands().stream().map(CommandEnvelope::seq).toList())
                .containsExactly(List.of(1L, 2L), List.of(3L));
        assertThat(journal.pending()).isEmpty();
    }

    @Test
    void aPushedOrderStaysPendingWithItsAnswerUntilAPullBringsTheServersCopy() {
        pull(ChangeEntry.upsert(ACME, 1, Scope.customer(ACME.id())), ChangeEntry.upsert(WIDGET_ITEM, 1, Scope.CATALOG),
                ChangeEntry.upsert(WIDGET_PRICE, 1, Scope.CATALOG));
        PlaceOrder order = anOrderForAcme("12");
        client.submit(order, Set.of());
        EntityKey orderKey = new EntityKey(OrderView.TYPE, order.orderId());
        OrderView accepted = serversOrder(order, "SO-1042");
        // the server applied it, but its changes are still above the feed's horizon: the page does not count it yet
        server.acceptNextPush().answerPull(page("c2", 0, List.of()));

        client.syncNow();

        assertThat(journal.pending()).extracting(CommandEnvelope::seq).containsExactly(1L);
        assertThat(journal.resultsThrough()).isEqualTo(1);
        assertThat(((OrderView) client.localState().views().get(orderKey)).status()).isEqualTo(OrderStatus.AWAITING_SYNC);
        assertThat(client.localState().pending()).containsExactly(orderKey);

        server.answerPull(page("c3", 1, List.of(ChangeEntry.upsert(accepted, 1, Scope.user(REP_DEVICE.userId())))));
        client.syncNow();

        assertThat(server.pushes()).as("answered: not sent again").hasSize(1);
        assertThat(journal.pending()).isEmpty();
        assertThat(client.localState().views().get(orderKey)).isEqualTo(accepted);
    }

    // --- pull ---------------------------------------------------------------------------------

    @Test
    void aFirstPullAsksFromTheStartAndTakesTheCursorAndScopes() {
        server.answerPull(new PullResponse("c1", true, List.of("catalog", "customer:" + ACME.id()),
                List.of(ChangeEntry.upsert(WIDGET_ITEM, 1, Scope.CATALOG)), 0, List.of(), false));

        SyncClient.SyncReport report = client.syncNow();

        assertThat(server.pulls()).containsExactly(new ScriptedTransport.Pull("token-rep-1", null, 0));
        assertThat(journal.cursor()).contains("c1");
        assertThat(journal.scopes()).containsExactly("catalog", "customer:" + ACME.id());
        assertThat(journal.base().get(keyOf(WIDGET_ITEM))).isEqualTo(new VersionedView(1, WIDGET_ITEM));
        assertThat(report).isEqualTo(new SyncClient.SyncReport(0, 1, 0));
    }

    @Test
    void anUpsertOverwritesOnlyWhenItsVersionIsNewer() {
        CustomerView renamed = withName(ACME, "Acme Hardware & Sons");
        CustomerView stale = withName(ACME, "Acme (old)");
        pull(ChangeEntry.upsert(ACME, 5, Scope.customer(ACME.id())));

        pull(ChangeEntry.upsert(stale, 4, Scope.customer(ACME.id())), ChangeEntry.upsert(stale, 5, Scope.customer(ACME.id())));
        assertThat(journal.base().get(keyOf(ACME))).isEqualTo(new VersionedView(5, ACME));

        pull(ChangeEntry.upsert(renamed, 6, Scope.customer(ACME.id())));
        assertThat(journal.base().get(keyOf(ACME))).isEqualTo(new VersionedView(6, renamed));
    }

    @Test
    void theNewestOfSeveralVersionsOnOnePageWins() {
        pull(ChangeEntry.upsert(withName(ACME, "v3"), 3, Scope.customer(ACME.id())),
                ChangeEntry.upsert(withName(ACME, "v2"), 2, Scope.customer(ACME.id())));

        assertThat(((CustomerView) journal.base().get(keyOf(ACME)).view()).name()).isEqualTo("v3");
    }

    @Test
    void aDeleteRemovesTheRecordUnlessItIsOlderThanTheCopyHeld() {
        pull(ChangeEntry.upsert(ACME, 5, Scope.customer(ACME.id())), ChangeEntry.upsert(WIDGET_ITEM, 2, Scope.CATALOG));

        pull(ChangeEntry.delete(CustomerView.TYPE, ACME.id(), 4, Scope.customer(ACME.id())),
                ChangeEntry.delete(ItemView.TYPE, WIDGET_ITEM.id(), 3, Scope.CATALOG));

        assertThat(journal.base()).containsOnlyKeys(keyOf(ACME));
    }

    @Test
    void anOlderUpsertAfterADeleteOnTheSamePageDoesNotReviveTheRecord() {
        pull(ChangeEntry.upsert(WIDGET_ITEM, 2, Scope.CATALOG));

        pull(ChangeEntry.delete(ItemView.TYPE, WIDGET_ITEM.id(), 5, Scope.CATALOG),
                ChangeEntry.upsert(WIDGET_ITEM, 4, Scope.CATALOG));

        assertThat(journal.base()).isEmpty();
    }

    @Test
    void aResetReplacesTheBaseButKeepsTheOutbox() {
        pull(ChangeEntry.upsert(ACME, 5, Scope.customer(ACME.id())));
        submitPicks(2);
        server.answerPush(request -> new PushResponse(List.of(), 0))
                .answerPull(new PullResponse("epoch2", true, List.of("catalog"),
                        List.of(ChangeEntry.upsert(WIDGET_ITEM, 1, Scope.CATALOG)), 0, List.of(), false));

        client.syncNow();

        assertThat(journal.base()).containsOnlyKeys(keyOf(WIDGET_ITEM));
        assertThat(journal.base().get(keyOf(WIDGET_ITEM)).version())
                .as("a fresh copy is taken even at a lower version").isEqualTo(1);
        assertThat(journal.pending()).hasSize(2);
        assertThat(journal.cursor()).contains("epoch2");
    }

    @Test
    void pagesArePulledUntilTheServerHasNoMore() {
        server.answerPull(copyPage("c1", true, true, ChangeEntry.upsert(ACME, 1, Scope.customer(ACME.id()))))
                .answerPull(copyPage("c2", false, true, ChangeEntry.upsert(WIDGET_ITEM, 1, Scope.CATALOG)))
                .answerPull(copyPage("c3", false, false, ChangeEntry.upsert(WIDGET_PRICE, 1, Scope.CATALOG)));

        SyncClient.SyncReport report = client.syncNow();

        assertThat(server.pulls()).extracting(ScriptedTransport.Pull::cursor).containsExactly(null, "c1", "c2");
        assertThat(journal.base()).containsOnlyKeys(keyOf(ACME), keyOf(WIDGET_ITEM), keyOf(WIDGET_PRICE));
        assertThat(journal.cursor()).contains("c3");
        assertThat(report.pulled()).isEqualTo(3);
    }

    @Test
    void aFreshCopyIsStagedAndThePersonKeepsTheOldBaseWithTheirPendingWorkUntilItsLastPage() {
        pull(ChangeEntry.upsert(ACME, 5, Scope.customer(ACME.id())));
        client.submit(anOrderForAcme("2"), Set.of(keyOf(ACME)));
        server.answerPush(ScriptedTransport::applyAll)
                .answerPull(new PullResponse("copy-1", true, List.of("catalog"), List.of(ChangeEntry.upsert(WIDGET_ITEM, 1,
                        Scope.CATALOG)), 1, List.of(), true, true))
                .answerPull(pull -> {
                    assertThat(journal.base()).as("between pages").containsOnlyKeys(keyOf(ACME));
                    assertThat(journal.staged()).isEqualTo(1);
                    assertThat(journal.pending()).as("not dropped before its effects are in the base").hasSize(1);
                    assertThat(client.localState().views()).containsKey(keyOf(ACME));
                    return new PullResponse("c9", true, List.of("catalog"), List.of(ChangeEntry.upsert(WIDGET_PRICE, 1, Scope.CATALOG)),
                            1, List.of(), false, false);
                });

        client.syncNow();

        assertThat(journal.base()).containsOnlyKeys(keyOf(WIDGET_ITEM), keyOf(WIDGET_PRICE));
        assertThat(journal.pending()).isEmpty();
        assertThat(journal.scopes()).containsExactly("catalog");
    }

    @Test
    void aFreshCopyCutOffBetweenPagesResumesFromItsLastCommittedPage() {
        pull(ChangeEntry.upsert(ACME, 5, Scope.customer(ACME.id())));
        server.answerPull(copyPage("copy-1", true, true, ChangeEntry.upsert(WIDGET_ITEM, 1, Scope.CATALOG)))
                .failNextPull(new SyncUnavailableException("the connection dropped", null));

        assertThatThrownBy(client::syncNow).isInstanceOf(SyncUnavailableException.class);
        assertThat(journal.base()).as("the old base stays whole").containsOnlyKeys(keyOf(ACME));
        assertThat(journal.cursor()).contains("copy-1");

        server.answerPull(copyPage("c2", false, false, ChangeEntry.upsert(WIDGET_PRICE, 1, Scope.CATALOG)));
        client.syncNow();

        assertThat(server.pulls()).extracting(ScriptedTransport.Pull::cursor).endsWith("copy-1", "copy-1");
        assertThat(journal.base()).containsOnlyKeys(keyOf(WIDGET_ITEM), keyOf(WIDGET_PRICE));
        assertThat(journal.staged()).isZero();
    }

    @Test
    void whenTheServerNoLongerReachesTheCursorAFreshCopyIsPulledAndTheOutboxAndResultsAreKept() {
        pull(ChangeEntry.upsert(ACME, 5, Scope.customer(ACME.id())));
        submitPicks(2);
        server.answerPush(ScriptedTransport::applyAll)
                .failNextPull(new SyncRefusedException(410, SyncRefusedException.RESYNC_REQUIRED, "no longer kept"))
                .answerPull(new PullResponse("copy-1", true, List.of("catalog"), List.of(ChangeEntry.upsert(WIDGET_ITEM, 1,
                        Scope.CATALOG)), 1, List.of(), true, true))
                .answerPull(new PullResponse("c9", true, List.of("catalog"), List.of(), 1, List.of(), false, false));

        client.syncNow();

        assertThat(server.pulls()).extracting(ScriptedTransport.Pull::cursor).containsExactly(null, "c0", null, "copy-1");
        assertThat(server.pushes()).as("pushed once").hasSize(1);
        assertThat(journal.base()).containsOnlyKeys(keyOf(WIDGET_ITEM));
        assertThat(journal.pending()).extracting(CommandEnvelope::seq).containsExactly(2L);
        assertThat(journal.results()).extracting(CommandResult::seq).containsExactly(1L, 2L);
    }

    @Test
    void anyOtherRefusalOfAPullIsPassedOnAndChangesNothing() {
        pull(ChangeEntry.upsert(ACME, 5, Scope.customer(ACME.id())));
        server.failNextPull(new SyncRefusedException(409, "https://depot.dev/problems/sync-protocol", "no"));

        assertThatThrownBy(client::syncNow).isInstanceOf(SyncRefusedException.class);
        assertThat(journal.cursor()).contains("c0");
        assertThat(journal.base()).containsOnlyKeys(keyOf(ACME));
    }

    // --- what the person sees -----------------------------------------------------------------

    @Test
    void thePersonSeesPendingCommandsLaidOnTheBase() {
        pull(ChangeEntry.upsert(ACME, 1, Scope.customer(ACME.id())), ChangeEntry.upsert(WIDGET_ITEM, 1, Scope.CATALOG),
                ChangeEntry.upsert(WIDGET_PRICE, 1, Scope.CATALOG));
        PlaceOrder order = anOrderForAcme("12");

        client.submit(order, Set.of(keyOf(ACME)));
        Rebase.LocalState state = client.localState();

        EntityKey orderKey = new EntityKey(OrderView.TYPE, order.orderId());
        OrderView shown = (OrderView) state.views().get(orderKey);
        assertThat(shown.status()).isEqualTo(OrderStatus.AWAITING_SYNC);
        assertThat(shown.total()).isEqualTo(usd("116.91")); // 12 x 9.00 = 108.00, tax 8.25 % = 8.91
        assertThat(shown.placedBy()).isEqualTo(REP_DEVICE.userId());
        assertThat(state.pending()).containsExactly(orderKey);
        assertThat(state.views()).containsKeys(keyOf(ACME), keyOf(WIDGET_ITEM));
    }

    @Test
    void onceTheServerHasTheOrderThePersonSeesTheServersVersion() {
        pull(ChangeEntry.upsert(ACME, 1, Scope.customer(ACME.id())), ChangeEntry.upsert(WIDGET_ITEM, 1, Scope.CATALOG),
                ChangeEntry.upsert(WIDGET_PRICE, 1, Scope.CATALOG));
        PlaceOrder order = anOrderForAcme("12");
        client.submit(order, Set.of());
        OrderView accepted = serversOrder(order, "SO-1042");
        server.acceptNextPush().answerPull(page("c2", 1, List.of(ChangeEntry.upsert(accepted, 1, Scope.user(REP_DEVICE.userId())))));

        client.syncNow();

        assertThat(client.localState().views().get(new EntityKey(OrderView.TYPE, order.orderId()))).isEqualTo(accepted);
        assertThat(client.localState().pending()).isEmpty();
    }

    @Test
    void theLocalStateIsWorkedOutAgainOnlyWhenTheJournalChanged() {
        pull(ChangeEntry.upsert(ACME, 1, Scope.customer(ACME.id())), ChangeEntry.upsert(WIDGET_ITEM, 1, Scope.CATALOG),
                ChangeEntry.upsert(WIDGET_PRICE, 1, Scope.CATALOG));
        client.submit(anOrderForAcme("12"), Set.of());

        Rebase.LocalState shown = client.localState();

        assertThat(client.localState()).as("nothing changed: no new rebase").isSameAs(shown);
        client.submit(anOrderForAcme("1"), Set.of());
        assertThat(client.localState()).isNotSameAs(shown).satisfies(state -> assertThat(state.pending()).hasSize(2));
    }

    private void submitPicks(int count) {
        for (int i = 0; i < count; i++) {
            client.submit(aPick(), Set.of());
        }
    }

    /** One sync round with nothing to push and one page of changes. */
    private static PullResponse copyPage(String cursor, boolean firstPage, boolean hasMore, ChangeEntry... changes) {
        return new PullResponse(cursor, true, List.of("catalog", "customer:" + ACME.id()), List.of(changes), 0, List.of(), hasMore,
                firstPage);
    }

    private void pull(ChangeEntry... changes) {
        server.answerPull(page("c" + server.pulls().size(), 0, List.of(changes)));
        client.syncNow();
    }

    private static CustomerView withName(CustomerView customer, String name) {
        return new CustomerView(customer.id(), customer.code(), name, customer.city(), customer.priceList(),
                customer.taxRatePercent(), customer.creditLimit(), customer.openReceivables(), customer.openOrders(),
                customer.homeWarehouseId(), customer.contact(), customer.shipTos());
    }

    private static OrderView serversOrder(PlaceOrder order, String number) {
        return new OrderView(order.orderId(), number, ACME.id(), ACME.name(), OrderStatus.OPEN, null, List.of(),
                usd("108.00"), usd("8.91"), usd("116.91"), REP_DEVICE.userId(), TEN_FIFTEEN, null);
    }
}
