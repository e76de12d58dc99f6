package dev.depot.server.platform;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.jpa.JpaHelper;

/**
 * Teaches EclipseLink the insert order the schema's foreign keys demand. Entities refer to other
 * aggregates by id only (no relationship mappings), so EclipseLink cannot see that a location must
 * be inserted after its warehouse; reading the foreign keys from the database itself keeps the
 * order right without anyone maintaining a list.
 */
final class ForeignKeyCommitOrder {

    private ForeignKeyCommitOrder() {
    }

    static void apply(EntityManagerFactory entityManagers, DataSource dataSource) {
        AbstractSession session = (AbstractSession) JpaHelper.getServerSession(entityManagers);
        Map<String, ClassDescriptor> byTable = new HashMap<>();
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (descriptor.getTableName() != null) {
                byTable.put(descriptor.getTableName().toLowerCase(Locale.ROOT), descriptor);
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metadata = connection.getMetaData();
            for (Map.Entry<String, ClassDescriptor> entry : byTable.entrySet()) {
                try (ResultSet keys = metadata.getImportedKeys(null, null, entry.getKey())) {
                    while (keys.next()) {
                        ClassDescriptor referenced = byTable.get(keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT));
                        ClassDescriptor referencing = entry.getValue();
                        if (referenced != null && referenced != referencing
                                && !referencing.getConstraintDependencies().contains(referenced.getJavaClass())) {
                            referencing.addConstraintDependency(referenced.getJavaClass());
                        }
                    }
                }
            }
            connection.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the schema's foreign keys", e);
        }
        session.getCommitManager().initializeCommitOrder();
    }
}
