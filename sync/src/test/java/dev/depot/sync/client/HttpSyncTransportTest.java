package dev.depot.sync.client;

import static dev.depot.sync.client.Fixtures.ACME;
import static dev.depot.sync.client.Fixtures.REP_DEVICE;
import static dev.depot.sync.client.Fixtures.applied;
import static dev.depot.sync.client.Fixtures.envelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.depot.model.changes.ChangeEntry;
import dev.depot.model.changes.Scope;
import dev.depot.sync.protocol.AppVersion;
import dev.depot.sync.protocol.ProtocolVersion;
import dev.depot.sync.protocol.PullResponse;
import dev.depot.sync.protocol.PushRequest;
import dev.depot.sync.protocol.PushResponse;
import dev.depot.sync.protocol.RegisterDevice;
import dev.depot.sync.protocol.SyncJson;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The transport against a real HTTP server (the JDK's), answering as the Depot server would. */
class HttpSyncTransportTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private HttpServer http;
    private volatile Answer answer;
    private volatile Request received;

    /** What the fake server answers next. */
    private record Answer(int status, String contentType, String body) {
    }

    /** What the fake server received. */
    private record Request(String method, String path, Map<String, String> query, String authorization,
                           String protocolVersion, String appVersion, String contentType, String body) {
    }

    @BeforeEach
    void startServer() throws IOException {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/", this::serve);
        http.start();
    }

    @AfterEach
    void stopServer() {
        http.stop(0);
    }

    @Test
    void aPullPageIsReadFromTheBody() {
        PullResponse page = new PullResponse("c2", false, List.of("catalog", "customer:" + ACME.id()),
                List.of(ChangeEntry.upsert(ACME, 3, Scope.customer(ACME.id()))), 4, List.of(applied(4)), true);
        answer = new Answer(200, "application/json", SyncJson.toJson(page));

        PullResponse read = transport().pull("token-rep-1", "c1+/=", 3, Duration.ofSeconds(20));

        assertThat(read).isEqualTo(page);
        assertThat(received.method()).isEqualTo("GET");
        assertThat(received.path()).isEqualTo("/sync/pull");
        assertThat(received.query()).containsExactlyInAnyOrderEntriesOf(
                Map.of("resultsAfter", "3", "wait", "20", "cursor", "c1+/="));
        assertThat(received.authorization()).isEqualTo("Bearer token-rep-1");
        assertThat(received.protocolVersion()).isEqualTo(String.valueOf(ProtocolVersion.CURRENT));
    }

    @Test
    void aFirstPullSendsNoCursor() {
        answer = new Answer(200, "application/json", SyncJson.toJson(ScriptedTransport.page("c1", 0, List.of())));

        transport().pull("token-rep-1", null, 0, Duration.ZERO);

        assertThat(received.query()).doesNotContainKey("cursor");
    }

    @Test
    void aPushPostsTheCommandsAndReadsTheResults() {
        PushRequest push = new PushRequest(REP_DEVICE.deviceId(), List.of(envelope(1), envelope(2)));
        PushResponse results = new PushResponse(List.of(applied(1), applied(2)), 2);
        answer = new Answer(200, "application/json", SyncJson.toJson(results));

        assertThat(transport().push("token-rep-1", push)).isEqualTo(results);
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.path()).isEqualTo("/sync/push");
        assertThat(received.contentType()).isEqualTo("application/json");
        assertThat(SyncJson.fromJson(received.body(), PushRequest.class)).isEqualTo(push);
    }

    @Test
    void signingInSendsNoToken() {
        answer = new Answer(200, "application/json", SyncJson.toJson(REP_DEVICE));

        assertThat(transport().register(new RegisterDevice("rep1", "secret", "Rita's phone", "1.0"))).isEqualTo(REP_DEVICE);
        assertThat(received.path()).isEqualTo("/sync/devices");
        assertThat(received.authorization()).isNull();
    }

    @Test
    void aServerBehindAPathPrefixIsCalledUnderThatPrefix() {
        answer = new Answer(200, "application/json", SyncJson.toJson(ScriptedTransport.page("c1", 0, List.of())));

        new HttpSyncTransport(URI.create(baseUri() + "/depot"), TIMEOUT).pull("t", null, 0, Duration.ZERO);
        assertThat(received.path()).isEqualTo("/depot/sync/pull");

        new HttpSyncTransport(URI.create(baseUri() + "/depot/"), TIMEOUT).pull("t", null, 0, Duration.ZERO);
        assertThat(received.path()).isEqualTo("/depot/sync/pull");
    }

    @Test
    void aProblemAnswerIsARefusalWithItsTitleAndDetail() {
        answer = new Answer(401, "application/problem+json", """
                {"type":"https://depot.dev/problems/device-revoked","title":"Device revoked",
                 "status":401,"detail":"An administrator revoked this device. Sign in again."}""");

        assertThatThrownBy(() -> transport().pull("old-token", null, 0, Duration.ZERO))
                .isInstanceOfSatisfying(SyncRefusedException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(401);
                    assertThat(refused.isUnauthorized()).isTrue();
                    assertThat(refused.type()).isEqualTo("https://depot.dev/problems/device-revoked");
                    assertThat(refused.isDeviceRevoked()).isTrue();
                })
                .hasMessage("Device revoked: An administrator revoked this device. Sign in again.");
    }

    @Test
    void anAppReportsItsVersionWithEveryRequestAndAToolReportsNone() {
        answer = new Answer(200, "application/json", SyncJson.toJson(REP_DEVICE));
        HttpSyncTransport app = new HttpSyncTransport(URI.create(baseUri()), TIMEOUT, "2.4.1");

        app.register(new RegisterDevice("rep1", "secret", "Rita's phone", "2.4.1"));
        assertThat(received.appVersion()).isEqualTo("2.4.1");
        answer = new Answer(200, "application/json", SyncJson.toJson(ScriptedTransport.page("c1", 0, List.of())));
        app.pull("t", null, 0, Duration.ZERO);
        assertThat(received.appVersion()).isEqualTo("2.4.1");

        transport().pull("t", null, 0, Duration.ZERO);
        assertThat(received.appVersion()).isNull();
    }

    @Test
    void anUnauthorizedAnswerOfAnotherTypeIsNoRevocation() {
        answer = new Answer(401, "application/problem+json", """
                {"type":"https://depot.dev/problems/unauthenticated","title":"Sign in first","status":401}""");

        assertThatThrownBy(() -> transport().pull("t", null, 0, Duration.ZERO))
                .isInstanceOfSatisfying(SyncRefusedException.class, refused -> {
                    assertThat(refused.isUnauthorized()).isTrue();
                    assertThat(refused.isDeviceRevoked()).isFalse();
                });
    }

    @Test
    void aProblemWithoutDetailReadsAsItsTitle() {
        answer = new Answer(409, "application/problem+json", """
                {"type":"https://depot.dev/problems/seq-gap","title":"Command 7 is missing"}""");

        assertThatThrownBy(() -> transport().push("t", new PushRequest(REP_DEVICE.deviceId(), List.of(envelope(8)))))
                .isInstanceOfSatisfying(SyncRefusedException.class, refused -> assertThat(refused.isUnauthorized()).isFalse())
                .hasMessage("Command 7 is missing");
    }

    @Test
    void aRefusalThatIsNotAProblemStillSaysWhatHappened() {
        answer = new Answer(403, "text/html", "<html>Forbidden</html>");

        assertThatThrownBy(() -> transport().pull("t", null, 0, Duration.ZERO))
                .isInstanceOfSatisfying(SyncRefusedException.class, refused -> assertThat(refused.type()).isEqualTo("about:blank"))
                .hasMessage("the server refused the request (HTTP 403)");
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {503, 500, 502, 429, 408})
    void anAnswerThatMeansTryLaterIsUnavailable(int status) {
        answer = new Answer(status, "application/problem+json", "{\"title\":\"Service Unavailable\"}");

        assertThatThrownBy(() -> transport().pull("t", null, 0, Duration.ZERO))
                .isInstanceOf(SyncUnavailableException.class)
                .hasMessageContaining("HTTP " + status);
    }

    @Test
    void aClosedPortIsUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        HttpSyncTransport transport = new HttpSyncTransport(URI.create("http://127.0.0.1:" + closedPort), TIMEOUT);

        assertThatThrownBy(() -> transport.pull("t", null, 0, Duration.ZERO))
                .isInstanceOf(SyncUnavailableException.class)
                .hasMessageContaining("cannot be reached");
    }

    @Test
    void aSuccessThatIsNotOurJsonIsUnavailableNotACrash() {
        // A hotel Wi-Fi login page answers 200 with HTML.
        answer = new Answer(200, "text/html", "<html><body>Please log in to the Wi-Fi</body></html>");

        assertThatThrownBy(() -> transport().pull("t", null, 0, Duration.ZERO))
                .isInstanceOf(SyncUnavailableException.class)
                .hasMessageContaining("cannot read");
    }

    private HttpSyncTransport transport() {
        return new HttpSyncTransport(URI.create(baseUri()), TIMEOUT);
    }

    private String baseUri() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            received = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    query(exchange.getRequestURI().getRawQuery()),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst(ProtocolVersion.HEADER),
                    exchange.getRequestHeaders().getFirst(AppVersion.HEADER),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            Answer reply = answer;
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            exchange.sendResponseHeaders(reply.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static Map<String, String> query(String rawQuery) {
        if (rawQuery == null) {
            return Map.of();
        }
        return Arrays.stream(rawQuery.split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }
}
