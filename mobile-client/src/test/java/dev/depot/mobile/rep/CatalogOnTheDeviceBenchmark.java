package dev.depot.mobile.rep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.mobile.scan.ItemScan;
import dev.depot.mobile.store.EclipseStoreJournal;
import dev.depot.mobile.testing.ReplicaSeed;
import dev.depot.model.changes.EntityKey;
import dev.depot.model.gs1.Gs1Parser;
import dev.depot.model.gs1.Gtin;
import dev.depot.model.views.ItemView;
import dev.depot.model.views.Replica;
import dev.depot.model.views.SyncedView;
import dev.depot.server.testing.BenchmarkReport;
import dev.depot.server.testing.BenchmarkReport.Figure;
import dev.depot.server.testing.BenchmarkReport.Target;
import dev.depot.server.testing.Latencies;
import dev.depot.sync.client.BaseStep;
import dev.depot.sync.client.JournalUpdate;
import dev.depot.sync.client.VersionedView;
import dev.depot.sync.protocol.SyncJson;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rep's phone holding a catalog of 100,000 items: how long the app takes to open its EclipseStore
 * replica from cold (a fresh JVM, as after a restart) and to find an item by a scanned barcode,
 * against the same items kept as a plain JSON file read with Yasson.
 */
@Tag("bench")
class CatalogOnTheDeviceBenchmark {

    private static final int ITEMS = 100_000;
    private static final int COLD_OPENS = 3;
    private static final int LOOKUPS = 500; // each scan walks the whole catalog: tens of milliseconds
    private static final Type ITEM_LIST = new ArrayList<ItemView>() { }.getClass().getGenericSuperclass();

    @TempDir
    Path folder;

    @Test
    void openingAHundredThousandItemReplicaAndScanningInIt() throws Exception {
        List<ItemView> catalog = IntStream.range(0, ITEMS).mapToObj(CatalogOnTheDeviceBenchmark::item).toList();
        Path journal = folder.resolve("journal");
        Path json = folder.resolve("catalog.json");
        writeJournal(journal, catalog);
        Files.writeString(json, SyncJson.toJson(catalog), StandardCharsets.UTF_8);

        Latencies journalOpens = coldOpens("journal", journal);
        Latencies jsonReads = coldOpens("json", json);
        Latencies journalLookups;
        try (EclipseStoreJournal opened = EclipseStoreJournal.open(journal)) {
            journalLookups = lookups(itemsOf(opened.base().values().stream().map(VersionedView::view).toList()), catalog);
        }
        Latencies jsonLookups = lookups(SyncJson.fromJson(Files.readString(json), ITEM_LIST), catalog);

        new BenchmarkReport("Device: a replica of " + ITEMS + " items")
                .absolute("cold open, EclipseStore journal", Figure.of(journalOpens.medianMillis(), "%.0f ms"),
                        Figure.of(jsonReads.medianMillis(), "%.0f ms (JSON file, Yasson)"), Target.below(1500, "< 1.5 s"))
                .absolute("barcode lookup p99", Figure.of(journalLookups.percentileMillis(99), "%.2f ms"),
                        Figure.of(jsonLookups.percentileMillis(99), "%.2f ms (items from the JSON file)"), Target.below(1, "< 1 ms"))
                .note("cold open: median of " + COLD_OPENS + " fresh JVMs each, from open to the decoded base state in memory"
                        + " (JVM start not counted); journal " + megabytes(journal) + " MB on disk, JSON " + megabytes(json) + " MB")
                .note("lookup: " + LOOKUPS + " random scans through the rep's ItemFinder (what order entry does), after as many warm-up scans")
                .print();
    }

    /** Opens the store (or reads the file) in a fresh JVM, as the app does after a restart; the median of a few. */
    private static Latencies coldOpens(String kind, Path where) throws IOException, InterruptedException {
        Latencies opens = new Latencies();
        for (int i = 0; i < COLD_OPENS; i++) {
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                    ColdOpen.class.getName(), kind, where.toString()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(process.waitFor()).as(output).isZero();
            opens.addNanos(output.lines().filter(line -> line.startsWith(ColdOpen.TOOK)).findFirst()
                    .map(line -> Long.parseLong(line.substring(ColdOpen.TOOK.length()))).orElseThrow(() -> new AssertionError(output)));
        }
        return opens;
    }

    /** One cold open, in its own JVM: prints the nanoseconds from open to the items in memory (other output is the store's log). */
    static final class ColdOpen {

        static final String TOOK = "cold open ns: ";

        public static void main(String[] arguments) throws IOException {
            Path where = Path.of(arguments[1]);
            long started = System.nanoTime();
            int items;
            if (arguments[0].equals("journal")) {
                try (EclipseStoreJournal journal = EclipseStoreJournal.open(where)) {
                    items = journal.base().size();
                    System.out.println(TOOK + (System.nanoTime() - started));
                }
            } else {
                List<ItemView> read = SyncJson.fromJson(Files.readString(where), ITEM_LIST);
                items = read.size();
                System.out.println(TOOK + (System.nanoTime() - started));
            }
            if (items != ITEMS) {
                throw new IllegalStateException("read " + items + " items, wrote " + ITEMS);
            }
        }
    }

    private static Latencies lookups(List<ItemView> items, List<ItemView> catalog) {
        ItemFinder finder = new ItemFinder(new Replica(items.stream().collect(Collectors.toMap(
                item -> new EntityKey(item.entityType(), item.id()), Function.<SyncedView>identity()))));
        Gs1Parser parser = new Gs1Parser(Clock.systemUTC());
        Latencies lookups = new Latencies();
        for (int i = 0; i < 2 * LOOKUPS; i++) {
            ItemView wanted = catalog.get(ThreadLocalRandom.current().nextInt(catalog.size()));
            long started = System.nanoTime();
            Optional<ItemView> found = ItemScan.read(wanted.gtin(), parser).flatMap(finder::scanned);
            long took = System.nanoTime() - started;
            assertThat(found).contains(wanted);
            if (i >= LOOKUPS) {
                lookups.addNanos(took);
            }
        }
        return lookups;
    }

    private static void writeJournal(Path directory, List<ItemView> catalog) {
        Map<EntityKey, VersionedView> views = catalog.stream().collect(Collectors.toMap(
                item -> new EntityKey(item.entityType(), item.id()), item -> new VersionedView(1, item)));
        try (EclipseStoreJournal journal = EclipseStoreJournal.open(directory)) {
            journal.register(ReplicaSeed.rep());
            journal.commit(new JournalUpdate(BaseStep.WHOLE_COPY, views, Set.of(), Optional.of("cursor-1"), Optional.of(List.of("catalog")), 0,
                    List.of(), Instant.now()));
        }
    }

    private static List<ItemView> itemsOf(Collection<SyncedView> views) {
        return views.stream().filter(ItemView.class::isInstance).map(ItemView.class::cast).toList();
    }

    private static ItemView item(int number) {
        String gtin = Gtin.withCheckDigit("20" + String.format("%010d", number)).digits();
        return new ItemView(UUID.nameUUIDFromBytes(("item-" + number).getBytes(StandardCharsets.UTF_8)),
                String.format("SKU-%06d", number), gtin, "Catalog item " + number, 12, true);
    }

    private static String megabytes(Path path) throws IOException {
        try (var files = Files.walk(path)) {
            long bytes = files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
            return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1e6);
        }
    }
}
