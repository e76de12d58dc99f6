package dev.depot.sync.client;

/** The server could not be reached or could not answer now; nothing was lost, sync again later. */
public class SyncUnavailableException extends RuntimeException {

    public SyncUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public SyncUnavailableException(String message) {
        super(message);
    }
}
