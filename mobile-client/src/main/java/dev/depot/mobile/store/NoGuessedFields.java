package dev.depot.mobile.store;

import org.eclipse.serializer.collections.types.XGettingMap;
import org.eclipse.serializer.collections.types.XGettingSet;
import org.eclipse.serializer.persistence.types.PersistenceLegacyTypeMappingResult;
import org.eclipse.serializer.persistence.types.PersistenceLegacyTypeMappingResultor;
import org.eclipse.serializer.persistence.types.PersistenceTypeDefinition;
import org.eclipse.serializer.persistence.types.PersistenceTypeDefinitionMember;
import org.eclipse.serializer.persistence.types.PersistenceTypeHandler;
import org.eclipse.serializer.util.similarity.MultiMatch;
import org.eclipse.serializer.util.similarity.Similarity;

/**
 * EclipseStore's legacy type mapping without its guesses. Left alone, it pairs a stored field with a
 * current field of a similar name and type ({@code feedPosition} became {@code cursor}?), and a wrong
 * guess would load one field's value into another on every device. Here a stored field maps to the
 * current field of the same name, or to the one the refactoring mapping names, or to nothing; a
 * guessed pair stops the journal from opening, which the migration tests catch before a release.
 */
final class NoGuessedFields<D> implements PersistenceLegacyTypeMappingResultor<D> {

    private final PersistenceLegacyTypeMappingResultor<D> delegate;

    NoGuessedFields(PersistenceLegacyTypeMappingResultor<D> delegate) {
        this.delegate = delegate;
    }

    @Override
    public <T> PersistenceLegacyTypeMappingResult<D, T> createMappingResult(
            PersistenceTypeDefinition legacyType, PersistenceTypeHandler<D, T> currentType,
            XGettingMap<PersistenceTypeDefinitionMember, PersistenceTypeDefinitionMember> explicitMappings,
            XGettingSet<PersistenceTypeDefinitionMember> explicitNewMembers, MultiMatch<PersistenceTypeDefinitionMember> matches) {
        if (matches != null) {
            for (Similarity<PersistenceTypeDefinitionMember> match : matches.result().matchesInSourceOrder()) {
                if (match != null && isGuess(match, explicitMappings)) {
                    throw new IllegalStateException("The journal's " + legacyType.typeName() + " has a field '"
                            + match.sourceElement().name() + "' that is no longer there; EclipseStore would guess it is now '"
                            + match.targetElement().name() + "'. Write the rename down in " + JournalMigrations.RESOURCE
                            + ", or let the field go by leaving it out (docs/decisions/device-store.md).");
                }
            }
        }
        return delegate.createMappingResult(legacyType, currentType, explicitMappings, explicitNewMembers, matches);
    }

    private static boolean isGuess(Similarity<PersistenceTypeDefinitionMember> match,
                                   XGettingMap<PersistenceTypeDefinitionMember, PersistenceTypeDefinitionMember> explicitMappings) {
        boolean sameName = match.sourceElement().name().equals(match.targetElement().name());
        return !sameName && explicitMappings.get(match.sourceElement()) == null;
    }
}
