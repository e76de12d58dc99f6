package dev.depot.mobile.inbox;

import dev.depot.model.views.InboxEntryView;
import dev.depot.model.views.Replica;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** A person's inbox as the device shows it: their own entries, newest first, reads made offline included. */
record InboxEntries(List<InboxEntryView> newestFirst) {

    static InboxEntries of(Replica replica, UUID userId) {
        return new InboxEntries(replica.all(InboxEntryView.class)
                .filter(entry -> entry.userId().equals(userId))
                .sorted(Comparator.comparing(InboxEntryView::at).thenComparing(InboxEntryView::id).reversed())
                .toList());
    }

    int unread() {
        return (int) newestFirst.stream().filter(entry -> !entry.read()).count();
    }
}
