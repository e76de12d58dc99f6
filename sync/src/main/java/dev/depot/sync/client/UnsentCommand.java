package dev.depot.sync.client;

import dev.depot.sync.protocol.CommandEnvelope;

/**
 * A command a revoked device recorded but never got to the server, kept so its person can pass it on
 * (docs/decisions/device-revocation.md): the envelope exactly as it would have been pushed, and what it
 * was in words, written while the replica could still name the customer and the items.
 */
public record UnsentCommand(CommandEnvelope envelope, String description) {
}
