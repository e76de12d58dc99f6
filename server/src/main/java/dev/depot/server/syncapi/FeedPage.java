package dev.depot.server.syncapi;

import dev.depot.model.changes.ChangeEntry;
import dev.depot.sync.feed.FeedCursor;
import java.util.List;

/** Changes read from the feed after a cursor, the cursor to continue from, and whether more are waiting. */
public record FeedPage(List<ChangeEntry> changes, FeedCursor next, boolean hasMore) {
}
