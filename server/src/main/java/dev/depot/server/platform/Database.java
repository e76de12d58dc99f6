package dev.depot.server.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The database as the server uses it: a HikariCP pool, the schema brought up to date by Flyway, and
 * an EclipseLink persistence unit over the pool. Flyway owns the schema; EclipseLink never creates
 * tables. The shared cache is off, so several server nodes can write the same rows.
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final DatabaseVendor vendor;
    private final EntityManagerFactory entityManagers;

    private Database(HikariDataSource dataSource, DatabaseVendor vendor, EntityManagerFactory entityManagers) {
        this.dataSource = dataSource;
        this.vendor = vendor;
        this.entityManagers = entityManagers;
    }

    /** Opens the pool, migrates the schema and starts the persistence unit with the given entity classes. */
    public static Database open(DatabaseSettings settings, List<Class<?>> entityClasses) {
        DatabaseVendor vendor = settings.vendor();
        HikariDataSource dataSource = pool(settings, vendor);
        try {
            migrate(dataSource, vendor);
            EntityManagerFactory entityManagers = persistenceUnit(dataSource, vendor, entityClasses);
            ForeignKeyCommitOrder.apply(entityManagers, dataSource);
            return new Database(dataSource, vendor, entityManagers);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    public static void migrate(DataSource dataSource, DatabaseVendor vendor) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", vendor.migrationLocation())
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    private static HikariDataSource pool(DatabaseSettings settings, DatabaseVendor vendor) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("depot");
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setAutoCommit(false);
        if (vendor == DatabaseVendor.POSTGRESQL) {
            // A transaction left open holds the change feed back for every device (see docs/decisions/change-feed.md).
            // Set at connection start-up: a SET run on a pooled connection without autocommit would itself
            // leave a transaction open, and the timeout would then end the idle connection in the pool.
            config.addDataSourceProperty("options", "-c idle_in_transaction_session_timeout=60s");
            config.addDataSourceProperty("ApplicationName", "depot-server");
            // EclipseLink binds a null UUID as VARCHAR; let PostgreSQL infer the column's type instead.
            config.addDataSourceProperty("stringtype", "unspecified");
        }
        return new HikariDataSource(config);
    }

    private static EntityManagerFactory persistenceUnit(DataSource dataSource, DatabaseVendor vendor, List<Class<?>> entities) {
        PersistenceConfiguration unit = new PersistenceConfiguration("depot")
                .provider("org.eclipse.persistence.jpa.PersistenceProvider")
                .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                .property("jakarta.persistence.nonJtaDataSource", dataSource)
                .property("eclipselink.target-database", vendor.eclipseLinkPlatform())
                .property("eclipselink.ddl-generation", "none")
                .property("eclipselink.weaving", "static")
                .property("eclipselink.cache.shared.default", "false")
                .property("eclipselink.logging.logger", "JavaLogger")
                .property("eclipselink.logging.level", "WARNING")
                .property("eclipselink.jdbc.batch-writing", "JDBC");
        entities.forEach(unit::managedClass);
        return Persistence.createEntityManagerFactory(unit);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * A connection of its own, outside the pool, for work that holds one for the life of the server
     * (listening for notifications); the caller closes it.
     */
    public Connection openDedicatedConnection(String applicationName) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", dataSource.getUsername());
        login.setProperty("password", dataSource.getPassword() == null ? "" : dataSource.getPassword());
        if (vendor == DatabaseVendor.POSTGRESQL) {
            login.setProperty("ApplicationName", applicationName);
        }
        return DriverManager.getConnection(dataSource.getJdbcUrl(), login);
    }

    public DatabaseVendor vendor() {
        return vendor;
    }

    public EntityManagerFactory entityManagers() {
        return entityManagers;
    }

    @Override
    public void close() {
        try {
            entityManagers.close();
        } finally {
            dataSource.close();
        }
    }
}
