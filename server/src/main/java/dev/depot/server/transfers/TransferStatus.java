package dev.depot.server.transfers;

import dev.depot.model.views.TransferView;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a transfer is: being loaded at the sender, on the road, all of it received at the other end,
 * or closed there with less than was loaded (the rest written off).
 */
public enum TransferStatus {
    LOADING,
    IN_TRANSIT,
    RECEIVED,
    CLOSED_SHORT;

    /** The states in which a transfer is still under way. */
    static final Set<TransferStatus> UNDER_WAY = EnumSet.of(LOADING, IN_TRANSIT);

    /** How the handhelds see it while it is theirs to work on. */
    TransferView.Status onDevices() {
        return this == LOADING ? TransferView.Status.LOADING : TransferView.Status.IN_TRANSIT;
    }
}
