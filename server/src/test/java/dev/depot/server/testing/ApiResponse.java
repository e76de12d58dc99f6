package dev.depot.server.testing;

import dev.depot.sync.protocol.SyncJson;
import jakarta.json.JsonObject;
import java.net.http.HttpHeaders;

/** An HTTP answer as tests look at it. */
public record ApiResponse(int status, HttpHeaders headers, String body) {

    public String contentType() {
        return headers.firstValue("Content-Type").orElse("");
    }

    public JsonObject json() {
        return SyncJson.fromJson(body, JsonObject.class);
    }

    public <T> T as(Class<T> type) {
        return SyncJson.fromJson(body, type);
    }

    @Override
    public String toString() {
        return status + " " + contentType() + " " + body;
    }
}
