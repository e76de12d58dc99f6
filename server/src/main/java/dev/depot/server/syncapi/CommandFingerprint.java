package dev.depot.server.syncapi;

import dev.depot.sync.protocol.CommandEnvelope;
import dev.depot.sync.protocol.SyncJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A pushed command and a hash of what it says (its id and payload): a retry must say exactly the
 * same, and a different command under an already used {@code seq} is a protocol error.
 */
record CommandFingerprint(CommandEnvelope envelope, String json, String hash) {

    static CommandFingerprint of(CommandEnvelope envelope) {
        String json = SyncJson.toJson(envelope.command());
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(envelope.commandId().toString().getBytes(StandardCharsets.UTF_8));
            sha.update(json.getBytes(StandardCharsets.UTF_8));
            return new CommandFingerprint(envelope, json, HexFormat.of().formatHex(sha.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
