package dev.depot.sync.protocol;

import dev.depot.model.views.SyncedView;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import java.lang.reflect.Type;

/** The one JSON-B configuration both ends of the protocol use. Thread-safe. */
public final class SyncJson {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    private SyncJson() {
    }

    public static Jsonb jsonb() {
        return JSONB;
    }

    public static String toJson(Object value) {
        return JSONB.toJson(value);
    }

    /** Reads a value; malformed or mistyped JSON throws {@link JsonbException}. */
    public static <T> T fromJson(String json, Class<T> type) {
        return JSONB.fromJson(json, type);
    }

    public static <T> T fromJson(String json, Type type) {
        return JSONB.fromJson(json, type);
    }

    /**
     * Reads one synced view written by {@link #toJson}: its {@code "type"} key names the kind of view.
     * Malformed JSON or an unknown type throws {@link JsonbException}.
     */
    public static SyncedView readView(String json) {
        return JSONB.fromJson(json, SyncedView.class);
    }
}
