package dev.depot.mobile.store;

import dev.depot.sync.client.DeviceJournal;
import dev.depot.sync.client.DeviceJournalContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The EclipseStore journal keeps the same promises as every other journal, on real files. */
class EclipseStoreJournalContractTest extends DeviceJournalContract {

    @TempDir
    Path directory;

    private final List<EclipseStoreJournal> opened = new ArrayList<>();

    @Override
    protected DeviceJournal newJournal() {
        try {
            EclipseStoreJournal journal = EclipseStoreJournal.open(Files.createTempDirectory(directory, "journal"));
            opened.add(journal);
            return journal;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterEach
    void closeTheJournals() {
        opened.forEach(EclipseStoreJournal::close);
    }
}
