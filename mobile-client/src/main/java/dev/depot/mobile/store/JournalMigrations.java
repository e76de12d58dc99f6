package dev.depot.mobile.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.serializer.persistence.binary.types.Binary;
import org.eclipse.serializer.persistence.types.LoggingLegacyTypeMappingResultor;
import org.eclipse.serializer.persistence.types.Persistence;
import org.eclipse.serializer.persistence.types.PersistenceLegacyTypeMappingResultor;
import org.eclipse.store.storage.embedded.types.EmbeddedStorageConnectionFoundation;

/**
 * How a journal written by an earlier release is read with today's stored classes
 * (docs/decisions/device-store.md): EclipseStore's legacy type mapping, fed with the renames written
 * down in {@value #RESOURCE} (EclipseStore's refactoring mapping, {@code old;current} per line), and
 * never with a guess.
 */
final class JournalMigrations {

    static final String RESOURCE = "/dev/depot/mobile/store/journal-refactorings.csv";

    private final String refactorings;

    private JournalMigrations(String refactorings) {
        this.refactorings = refactorings;
    }

    /** The renames shipped with the app. */
    static JournalMigrations shipped() {
        try (InputStream in = JournalMigrations.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the app");
            }
            return new JournalMigrations(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** These renames instead, in the file's format: for tests of a rename. */
    static JournalMigrations of(String refactorings) {
        return new JournalMigrations(refactorings);
    }

    void applyTo(EmbeddedStorageConnectionFoundation<?> connection) {
        connection.setRefactoringMappingProvider(Persistence.RefactoringMapping(refactorings, ';'));
        PersistenceLegacyTypeMappingResultor<Binary> logged = LoggingLegacyTypeMappingResultor.New(PersistenceLegacyTypeMappingResultor.New());
        connection.setLegacyTypeMappingResultor(new NoGuessedFields<>(logged));
    }
}
