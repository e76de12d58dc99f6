package dev.depot.server.transfers;

import dev.depot.model.views.TransferView;

/** Where a transfer is: being loaded at the sender, on the road, or all of it received at the other end. */
public enum TransferStatus {
    LOADING,
    IN_TRANSIT,
    RECEIVED;

    /** How the handhelds see it while it is theirs to work on. */
    TransferView.Status onDevices() {
        return this == LOADING ? TransferView.Status.LOADING : TransferView.Status.IN_TRANSIT;
    }
}
