package dev.depot.mobile.store;

import dev.depot.model.changes.EntityKey;
import dev.depot.model.commands.CommandResult;
import dev.depot.sync.client.UnsentCommand;
import dev.depot.sync.client.VersionedView;
import dev.depot.sync.protocol.CommandEnvelope;
import dev.depot.sync.protocol.DeviceRegistration;
import dev.depot.sync.protocol.SyncJson;
import jakarta.json.bind.Jsonb;
import java.util.UUID;

/**
 * Writes the journal's records in the sync protocol's JSON. The outbox on disk is then exactly
 * what will be pushed, and the on-disk format evolves with the protocol, which is versioned,
 * rather than with the Java classes.
 */
final class JournalCodec {

    private final Jsonb jsonb = SyncJson.jsonb();

    String encode(DeviceRegistration registration) {
        return jsonb.toJson(registration);
    }

    DeviceRegistration decodeRegistration(String json) {
        return jsonb.fromJson(json, DeviceRegistration.class);
    }

    StoredCommand encode(CommandEnvelope envelope) {
        return new StoredCommand(envelope.seq(), jsonb.toJson(envelope));
    }

    CommandEnvelope decode(StoredCommand stored) {
        return jsonb.fromJson(stored.json, CommandEnvelope.class);
    }

    String encode(CommandResult result) {
        return jsonb.toJson(result);
    }

    CommandResult decodeResult(String json) {
        return jsonb.fromJson(json, CommandResult.class);
    }

    String encode(UnsentCommand unsent) {
        return jsonb.toJson(unsent);
    }

    UnsentCommand decodeUnsent(String json) {
        return jsonb.fromJson(json, UnsentCommand.class);
    }

    StoredView encode(EntityKey key, VersionedView view) {
        // written as its own class, which carries the "type" key that SyncJson.readView resolves
        return new StoredView(key.entityType(), key.id().toString(), view.version(), jsonb.toJson(view.view()));
    }

    EntityKey keyOf(StoredView stored) {
        return new EntityKey(stored.entityType, UUID.fromString(stored.id));
    }

    VersionedView decode(StoredView stored) {
        return new VersionedView(stored.version, SyncJson.readView(stored.json));
    }

    static String mapKey(EntityKey key) {
        return key.entityType() + ":" + key.id();
    }
}
