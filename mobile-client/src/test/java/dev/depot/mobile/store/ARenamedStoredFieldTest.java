package dev.depot.mobile.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.depot.mobile.testing.ReplicaSeed;
import dev.depot.sync.protocol.SyncJson;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stored field renamed between releases: the journal was written by a (made-up) older shape whose
 * {@code StoredState} called the cursor {@code feedPosition}. The value comes over only when the
 * rename is written down; EclipseStore's guess is refused.
 */
class ARenamedStoredFieldTest {

    @TempDir
    Path directory;
    @TempDir
    Path work;

    @BeforeEach
    void anOlderShapeWroteTheCursorUnderAnotherName() {
        Map<String, Object> values = new HashMap<>();
        values.put("registration", SyncJson.toJson(ReplicaSeed.rep()));
        values.put("outbox", List.of());
        values.put("base", List.of());
        values.put("cursor", "cursor-42");
        values.put("scopes", List.of("catalog"));
        values.put("results", List.of());
        ReleasedJournal.of("renamed-cursor", work).write(directory, values);
    }

    @Test
    void aRenameWrittenInTheRefactoringMappingBringsTheValueOver() {
        JournalMigrations migrations = JournalMigrations.of("""
                old;current
                dev.depot.mobile.store.StoredState#feedPosition;dev.depot.mobile.store.StoredState#cursor
                """);

        try (EclipseStoreJournal journal = EclipseStoreJournal.open(directory, migrations)) {
            assertThat(journal.cursor()).contains("cursor-42");
            assertThat(journal.scopes()).containsExactly("catalog");
        }
    }

    @Test
    void aRenameNobodyWroteDownStopsTheJournalFromOpeningInsteadOfBeingGuessed() {
        assertThatThrownBy(() -> EclipseStoreJournal.open(directory, JournalMigrations.shipped()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'feedPosition'").hasMessageContaining(JournalMigrations.RESOURCE);
    }

    @Test
    void aFieldThatIsLetGoIsMappedToNothing() {
        JournalMigrations migrations = JournalMigrations.of("""
                old;current
                dev.depot.mobile.store.StoredState#feedPosition;
                """);

        try (EclipseStoreJournal journal = EclipseStoreJournal.open(directory, migrations)) {
            assertThat(journal.cursor()).as("a fresh copy comes with the next pull").isEmpty();
            assertThat(journal.registration()).isPresent();
        }
    }
}
