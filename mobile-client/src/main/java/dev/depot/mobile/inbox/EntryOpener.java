package dev.depot.mobile.inbox;

import dev.depot.model.views.InboxEntryView;

/** Opens what an inbox entry is about, where the person's app has a screen for it (a rep's order, a customer). */
public interface EntryOpener {

    /** For roles whose app has nothing to open: a picker's entries are read where they are. */
    EntryOpener NOTHING = new EntryOpener() {
        @Override
        public boolean canOpen(InboxEntryView entry) {
            return false;
        }

        @Override
        public void open(InboxEntryView entry) {
            // nothing to open
        }
    };

    boolean canOpen(InboxEntryView entry);

    void open(InboxEntryView entry);
}
