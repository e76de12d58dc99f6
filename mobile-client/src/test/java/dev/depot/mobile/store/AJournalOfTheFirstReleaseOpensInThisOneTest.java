package dev.depot.mobile.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.mobile.testing.ReplicaSeed;
import dev.depot.model.changes.EntityKey;
import dev.depot.model.commands.CommandResult;
import dev.depot.model.commands.ConfirmPick;
import dev.depot.model.commands.Outcome;
import dev.depot.model.commands.PlaceOrder;
import dev.depot.model.views.SyncedView;
import dev.depot.sync.client.UnsentCommand;
import dev.depot.sync.client.VersionedView;
import dev.depot.sync.protocol.CommandEnvelope;
import dev.depot.sync.protocol.DeviceRegistration;
import dev.depot.sync.protocol.SyncJson;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An app update on a device: the journal on disk was written by release 0.1.0, whose
 * {@code StoredState} had no {@code unsent} field, and today's classes open it. The outbox, the
 * replica and the registration come through whole, and the journal goes on working.
 */
class AJournalOfTheFirstReleaseOpensInThisOneTest {

    private static final Instant NOON = Instant.parse("2026-11-23T12:00:00Z");

    @TempDir
    Path directory;
    @TempDir
    Path work;

    private final DeviceRegistration rita = ReplicaSeed.rep();
    private final CommandEnvelope order = new CommandEnvelope(UUID.randomUUID(), rita.deviceId(), 1, NOON,
            Map.of("customer:" + ReplicaSeed.ACME.id(), 4L), new PlaceOrder(UUID.randomUUID(), ReplicaSeed.ACME.id(),
            List.of(new PlaceOrder.Line(ReplicaSeed.GLOVES.id(), BigDecimal.TEN, null, ReplicaSeed.usd("8.10"))),
            ReplicaSeed.usd("87.68"), "PO-77", null));
    private final CommandEnvelope pick = new CommandEnvelope(UUID.randomUUID(), rita.deviceId(), 2, NOON.plusSeconds(30), Map.of(),
            new ConfirmPick(UUID.randomUUID(), "A-01-3", ReplicaSeed.GLOVES.gtin(), new BigDecimal("6"), null));
    private final CommandResult answer = new CommandResult(order.commandId(), 1, Outcome.APPLIED, "APPLIED", "placed", null,
            Map.of("orderNumber", "SO-000077"));

    @BeforeEach
    void release010WroteAJournalWithWorkInItsOutbox() {
        Map<String, Object> values = new HashMap<>();
        values.put("serverAddress", "http://depot.example:8080");
        values.put("registration", SyncJson.toJson(rita));
        values.put("outbox", List.of(SyncJson.toJson(order), SyncJson.toJson(pick)));
        values.put("base", ReplicaSeed.forRep().views().entrySet().stream().map(e -> stored(e.getKey(), e.getValue())).toList());
        values.put("cursor", "cursor-7");
        values.put("scopes", List.of("catalog", "customer:" + ReplicaSeed.ACME.id()));
        values.put("results", List.of(SyncJson.toJson(answer)));
        values.put("lastSyncedAt", NOON.toString());
        ReleasedJournal.of("0.1.0", work).write(directory, values);
    }

    @Test
    void todaysClassesFindTheOutboxTheReplicaAndThePersonIntact() {
        try (EclipseStoreJournal journal = EclipseStoreJournal.open(directory)) {
            assertThat(journal.pending()).containsExactly(order, pick);
            assertThat(journal.lastIssuedSeq()).isEqualTo(2);
            assertThat(journal.registration()).contains(rita);
            assertThat(journal.base()).isEqualTo(ReplicaSeed.forRep().views());
            assertThat(journal.cursor()).contains("cursor-7");
            assertThat(journal.scopes()).containsExactly("catalog", "customer:" + ReplicaSeed.ACME.id());
            assertThat(journal.results()).containsExactly(answer);
            assertThat(journal.resultsThrough()).isEqualTo(1);
            assertThat(journal.lastSyncedAt()).contains(NOON);
            assertThat(journal.serverAddress()).map(Object::toString).contains("http://depot.example:8080");
            assertThat(journal.unsent()).as("the field 0.1.0 did not have reads as empty").isEmpty();
        }
    }

    @Test
    void theUpdatedJournalTakesNewWorkAndKeepsItsNewFieldAcrossRestarts() {
        CommandEnvelope next = new CommandEnvelope(UUID.randomUUID(), rita.deviceId(), 3, NOON.plusSeconds(60), Map.of(),
                new ConfirmPick(UUID.randomUUID(), "B-02-1", ReplicaSeed.TAPE.gtin(), BigDecimal.ONE, null));
        try (EclipseStoreJournal journal = EclipseStoreJournal.open(directory)) {
            journal.append(next);
        }
        try (EclipseStoreJournal journal = EclipseStoreJournal.open(directory)) {
            assertThat(journal.pending()).containsExactly(order, pick, next);
            journal.revoke(List.of(new UnsentCommand(pick, "Picked 6 from A-01-3"), new UnsentCommand(next, "Picked 1 from B-02-1")));
        }
        try (EclipseStoreJournal journal = EclipseStoreJournal.open(directory)) {
            assertThat(journal.unsent()).extracting(UnsentCommand::envelope).containsExactly(pick, next);
            assertThat(journal.registration()).isEmpty();
        }
    }

    @Test
    void anOutboxEntryInAnOlderShapeOfTheProtocolStillReads() {
        // the JSON a client would have written before a field existed, with one it no longer knows
        String older = SyncJson.toJson(pick).replaceFirst("\"baseVersions\":\\{},", "").replaceFirst("\\{", "{\"priority\":\"high\",");
        assertThat(older).doesNotContain("baseVersions").contains("priority");

        assertThat(new JournalCodec().decode(new StoredCommand(2, older))).isEqualTo(pick);
    }

    private static String[] stored(EntityKey key, VersionedView view) {
        SyncedView payload = view.view();
        return new String[] {key.entityType(), key.id().toString(), Long.toString(view.version()), SyncJson.toJson(payload)};
    }
}
