package dev.depot.mobile.sync;

import dev.depot.model.views.Replica;
import dev.depot.sync.protocol.CommandEnvelope;

/** Says in words what a recorded command was, for a person to pass on when the device can no longer send it. */
@FunctionalInterface
public interface CommandDescriber {

    /** @param replica what the device held when the command could no longer be sent, to name customers and items */
    String describe(CommandEnvelope command, Replica replica);
}
