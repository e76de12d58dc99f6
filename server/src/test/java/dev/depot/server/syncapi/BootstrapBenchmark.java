package dev.depot.server.syncapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.model.identity.Role;
import dev.depot.server.testing.BenchmarkReport;
import dev.depot.server.testing.BenchmarkReport.Figure;
import dev.depot.server.testing.BenchmarkReport.Target;
import dev.depot.server.testing.CatalogBulkLoad;
import dev.depot.server.testing.Fixtures;
import dev.depot.server.testing.RunningDepot;
import dev.depot.sync.client.HttpSyncTransport;
import dev.depot.sync.protocol.DeviceRegistration;
import dev.depot.sync.protocol.ProtocolVersion;
import dev.depot.sync.protocol.PullResponse;
import dev.depot.sync.protocol.RegisterDevice;
import dev.depot.sync.protocol.SyncJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.PGConnection;

/**
 * A new device's first copy of a 100,000-item catalog (items and prices), pulled over HTTP page by
 * page as any client does (following {@code hasMore} with the returned cursor), against PostgreSQL
 * writing the same columns with {@code COPY … TO STDOUT} through gzip: time and bytes on the wire.
 */
@Tag("bench")
class BootstrapBenchmark {

    private static final int ITEMS = 100_000;

    @RegisterExtension
    static RunningDepot depot = new RunningDepot();

    static DeviceRegistration device;

    @BeforeAll
    static void aCatalogOfAHundredThousandItems() {
        Fixtures fixtures = new Fixtures(depot);
        new CatalogBulkLoad(depot.database()).growTo(ITEMS);
        RunningDepot.TestUser rep = depot.addUser(Role.REP);
        fixtures.customer("C-BENCH", rep.id(), fixtures.warehouse("MAIN"), "1000.00", "0"); // the prices come with a customer
        device = new HttpSyncTransport(depot.uri(), Duration.ofSeconds(60))
                .register(new RegisterDevice(rep.username(), RunningDepot.PASSWORD, "bench", "bench"));
    }

    @Test
    void aFirstCopyOfTheCatalogAgainstCopyThroughGzip() throws Exception {
        Transfer warmUp = firstCopy();
        Transfer copy = firstCopy();
        Transfer baseline = copyThroughGzip();
        assertThat(warmUp.entries()).isEqualTo(copy.entries()).isGreaterThanOrEqualTo(2L * ITEMS);

        new BenchmarkReport("Bootstrap: a first copy of " + ITEMS + " items with their prices")
                .compare("time", Figure.of(copy.seconds(), "%.1f s in " + copy.pages() + (copy.pages() == 1 ? " page" : " pages")),
                        Figure.of(baseline.seconds(), "%.2f s (COPY through gzip)"))
                .compare("bytes on the wire", Figure.of(copy.bytes() / 1e6, "%.1f MB" + (copy.gzipped() ? " (gzip)" : " (not compressed)")),
                        Figure.of(baseline.bytes() / 1e6, "%.1f MB (CSV, gzip)"))
                .note("the copy is the second of two (the first warms the server up), GET /sync/pull with Accept-Encoding: gzip;"
                        + " COPY of the same columns (item joined with its price) through a JDBC CopyManager into GZIPOutputStream")
                .print();
    }

    /** Pulls without a cursor, then follows {@code hasMore} with each returned cursor until the copy is complete. */
    private static Transfer firstCopy() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long started = System.nanoTime();
        long bytes = 0;
        long entries = 0;
        int pages = 0;
        boolean gzipped = false;
        String cursor = null;
        boolean more = true;
        while (more) {
            String query = "sync/pull?resultsAfter=0&wait=0" + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(depot.uri().resolve(query))
                    .header("Authorization", "Bearer " + device.token())
                    .header(ProtocolVersion.HEADER, Integer.toString(ProtocolVersion.CURRENT))
                    .header("Accept-Encoding", "gzip").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(answer.statusCode()).isEqualTo(200);
            gzipped = answer.headers().firstValue("Content-Encoding").filter("gzip"::equalsIgnoreCase).isPresent();
            bytes += answer.body().length;
            byte[] body = gzipped ? new GZIPInputStream(new ByteArrayInputStream(answer.body())).readAllBytes() : answer.body();
            PullResponse page = SyncJson.fromJson(new String(body, StandardCharsets.UTF_8), PullResponse.class);
            entries += page.changes().size();
            pages++;
            cursor = page.cursor();
            more = page.hasMore();
        }
        return new Transfer((System.nanoTime() - started) / 1e9, bytes, entries, pages, gzipped);
    }

    private static Transfer copyThroughGzip() throws Exception {
        var database = depot.database();
        try (Connection c = DriverManager.getConnection(database.url(), database.user(), database.password())) {
            CountingStream counted = new CountingStream();
            long started = System.nanoTime();
            long rows;
            try (GZIPOutputStream gzip = new GZIPOutputStream(counted)) {
                rows = c.unwrap(PGConnection.class).getCopyAPI().copyOut("""
                        COPY (SELECT i.id, i.sku, i.gtin, i.name, i.eaches_per_case, i.active, p.id, p.price_list, p.breaks, i.version
                              FROM item i JOIN item_price p ON p.item_id = i.id) TO STDOUT WITH (FORMAT csv)""", gzip);
            }
            return new Transfer((System.nanoTime() - started) / 1e9, counted.bytes, rows, 1, true);
        }
    }

    private record Transfer(double seconds, long bytes, long entries, int pages, boolean gzipped) {
    }

    /** Counts what gzip writes, and throws it away. */
    private static final class CountingStream extends OutputStream {

        private long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
