package dev.depot.sync.client;

import dev.depot.sync.protocol.AppVersion;
import dev.depot.sync.protocol.DeviceRegistration;
import dev.depot.sync.protocol.ProtocolVersion;
import dev.depot.sync.protocol.PullResponse;
import dev.depot.sync.protocol.PushRequest;
import dev.depot.sync.protocol.PushResponse;
import dev.depot.sync.protocol.RegisterDevice;
import dev.depot.sync.protocol.SyncJson;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The sync protocol over HTTP with the JDK's client: {@code /sync/devices}, {@code /sync/push}, {@code /sync/pull}.
 * Every request says which protocol version it speaks and, from an app, which app version sends it.
 */
public final class HttpSyncTransport implements SyncTransport {

    private final URI server;
    /** The server's address without a trailing slash; paths are appended to it, so a prefix such as /depot is kept. */
    private final String base;
    private final HttpClient http;
    private final Duration timeout;
    private final Optional<String> appVersion;

    /** A transport for an app: every request reports {@code appVersion}, which the server shows the back office. */
    public HttpSyncTransport(URI server, Duration timeout, String appVersion) {
        this(server, timeout, AppVersion.readable(appVersion));
    }

    /** A transport for tools and tests, which report no app version. */
    public HttpSyncTransport(URI server, Duration timeout) {
        this(server, timeout, Optional.empty());
    }

    private HttpSyncTransport(URI server, Duration timeout, Optional<String> appVersion) {
        this.server = server;
        String address = server.toString();
        this.base = address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
        this.timeout = timeout;
        this.appVersion = appVersion;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public DeviceRegistration register(RegisterDevice request) {
        return send(post("/sync/devices", null, request), DeviceRegistration.class, Duration.ZERO);
    }

    @Override
    public PushResponse push(String token, PushRequest request) {
        return send(post("/sync/push", token, request), PushResponse.class, Duration.ZERO);
    }

    @Override
    public PullResponse pull(String token, String cursor, long resultsAfter, Duration wait) {
        StringBuilder query = new StringBuilder("/sync/pull?resultsAfter=").append(resultsAfter)
                .append("&wait=").append(wait.toSeconds());
        if (cursor != null) {
            query.append("&cursor=").append(URLEncoder.encode(cursor, StandardCharsets.UTF_8));
        }
        HttpRequest.Builder request = request(query.toString(), token).GET();
        return send(request, PullResponse.class, wait);
    }

    private HttpRequest.Builder post(String path, String token, Object body) {
        return request(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(SyncJson.toJson(body)));
    }

    private HttpRequest.Builder request(String pathAndQuery, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .header("Accept", "application/json")
                .header("Accept-Encoding", "gzip") // a fresh copy is large and compresses about tenfold
                .header(ProtocolVersion.HEADER, Integer.toString(ProtocolVersion.CURRENT));
        appVersion.ifPresent(version -> builder.header(AppVersion.HEADER, version));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private <T> T send(HttpRequest.Builder request, Class<T> type, Duration wait) {
        HttpResponse<byte[]> response;
        String body;
        try {
            response = http.send(request.timeout(timeout.plus(wait)).build(), HttpResponse.BodyHandlers.ofByteArray());
            body = text(response);
        } catch (IOException e) {
            throw new SyncUnavailableException("the server at " + server + " cannot be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncUnavailableException("sync was interrupted", e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            try {
                return SyncJson.fromJson(body, type);
            } catch (JsonbException e) {
                throw new SyncUnavailableException("the server sent an answer this app cannot read: " + e.getMessage(), e);
            }
        }
        if (status >= 500 || status == 429 || status == 408) { // overloaded, throttled or timed out: try later
            throw new SyncUnavailableException("the server is not able to sync now (HTTP " + status + ")");
        }
        throw refusal(status, body);
    }

    /** The answer's text, unzipped when the server compressed it (the JDK's client leaves that to us). */
    private static String text(HttpResponse<byte[]> response) throws IOException {
        boolean gzipped = response.headers().firstValue("Content-Encoding").filter("gzip"::equalsIgnoreCase).isPresent();
        if (!gzipped) {
            return new String(response.body(), StandardCharsets.UTF_8);
        }
        try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            return new String(unzipped.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static SyncRefusedException refusal(int status, String body) {
        try {
            JsonObject problem = SyncJson.fromJson(body, JsonObject.class);
            String title = problem.getString("title", "Refused");
            String detail = problem.getString("detail", "");
            return new SyncRefusedException(status, problem.getString("type", "about:blank"),
                    detail.isBlank() ? title : title + ": " + detail);
        } catch (RuntimeException notAProblem) {
            return new SyncRefusedException(status, "about:blank", "the server refused the request (HTTP " + status + ")");
        }
    }
}
