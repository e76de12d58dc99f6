package dev.depot.mobile.store;

/**
 * The EclipseStore root: one reference to the current state. Swapping it and storing the root is
 * the journal's only write, which is what makes every write one atomic commit.
 */
final class JournalRoot {

    StoredState state;

    JournalRoot(StoredState state) {
        this.state = state;
    }
}
