package dev.depot.mobile.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Test-only, compiled at test time beside the frozen 0.1.0 copies of the stored classes: builds a
 * journal root exactly as the 0.1.0 app held it, from the plain values a test gives. Only the JDK
 * is needed to compile it, so nothing of the current app leaks into the old shapes.
 */
public final class ReleasedRoot {

    private ReleasedRoot() {
    }

    /**
     * @param values serverAddress, registration (JSON), outbox (envelope JSON, seq 1, 2, ...), base
     *               (String[] entityType, id, version, view JSON), cursor, scopes, results (JSON), lastSyncedAt
     */
    @SuppressWarnings("unchecked")
    public static Object of(Map<String, Object> values) {
        StoredState.Builder b = new StoredState.Builder();
        b.serverAddress = (String) values.get("serverAddress");
        b.registration = (String) values.get("registration");
        List<String> outbox = (List<String>) values.get("outbox");
        for (int i = 0; i < outbox.size(); i++) {
            b.outbox.add(new StoredCommand(i + 1, outbox.get(i)));
        }
        b.lastIssuedSeq = outbox.size();
        HashMap<String, StoredView> base = new HashMap<>();
        for (String[] view : (List<String[]>) values.get("base")) {
            base.put(view[0] + ":" + view[1], new StoredView(view[0], view[1], Long.parseLong(view[2]), view[3]));
        }
        b.base = base;
        b.cursor = (String) values.get("cursor");
        b.scopes = new ArrayList<>((List<String>) values.get("scopes"));
        b.results = new ArrayList<>((List<String>) values.get("results"));
        b.resultsThrough = b.results.size();
        b.lastSyncedAt = (String) values.get("lastSyncedAt");
        return new JournalRoot(b.build());
    }
}
