package dev.depot.server.testing;

import dev.depot.server.platform.Database;
import dev.depot.server.platform.DatabaseSettings;
import dev.depot.server.platform.DatabaseVendor;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Fresh PostgreSQL databases for tests: the schema is migrated once per test JVM into a template
 * database, and each test class gets its own copy ({@code CREATE DATABASE … TEMPLATE …}), so tests
 * never see each other's data and no test waits for migrations.
 *
 * <p>The server comes from {@code DEPOT_DB_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/test}),
 * {@code DEPOT_DB_USER} and {@code DEPOT_DB_PASSWORD}; the user needs CREATEDB.
 */
public final class TestDatabases {

    private static final String PREFIX = "depot_t_";
    private static String template;

    private TestDatabases() {
    }

    public static DatabaseSettings admin() {
        return new DatabaseSettings(
                env("DEPOT_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test"),
                env("DEPOT_DB_USER", "postgres"),
                env("DEPOT_DB_PASSWORD", ""), 2);
    }

    /** A new, migrated, empty database; drop it with {@link #drop}. */
    public static synchronized DatabaseSettings fresh() {
        String name = newName();
        execute("CREATE DATABASE " + name + " TEMPLATE " + template());
        return settingsFor(name);
    }

    /** A new database without Depot's schema, for other tools on the same server (pgbench); drop it with {@link #drop}. */
    public static DatabaseSettings empty() {
        String name = newName();
        execute("CREATE DATABASE " + name);
        return settingsFor(name);
    }

    private static String newName() {
        return PREFIX + System.currentTimeMillis() + "_" + Integer.toHexString(ThreadLocalRandom.current().nextInt());
    }

    public static void drop(DatabaseSettings database) {
        String name = nameOf(database.url());
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static String template() {
        if (template == null) {
            dropLeftovers();
            String name = PREFIX + System.currentTimeMillis() + "_template";
            execute("CREATE DATABASE " + name);
            DatabaseSettings settings = settingsFor(name);
            try (HikariDataSource dataSource = new HikariDataSource()) {
                dataSource.setJdbcUrl(settings.url());
                dataSource.setUsername(settings.user());
                dataSource.setPassword(settings.password());
                Database.migrate(dataSource, DatabaseVendor.POSTGRESQL);
            }
            template = name;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")));
        }
        return template;
    }

    /**
     * Databases of earlier test runs that were killed before they could clean up: older than an hour
     * and owned by this role. Another role's databases are not ours to drop (PostgreSQL would refuse).
     */
    private static void dropLeftovers() {
        long hourAgo = System.currentTimeMillis() - TimeUnit.HOURS.toMillis(1);
        List<String> stale = new ArrayList<>();
        try (Connection c = adminConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT datname FROM pg_database WHERE datdba = (SELECT oid FROM pg_roles WHERE rolname = current_user)"
                     + " AND datname LIKE '" + PREFIX + "%'")) {
            while (rs.next()) {
                String name = rs.getString(1);
                String[] parts = name.substring(PREFIX.length()).split("_");
                if (Long.parseLong(parts[0]) < hourAgo) {
                    stale.add(name);
                }
            }
        } catch (SQLException | NumberFormatException e) {
            throw new IllegalStateException("cannot list test databases", e);
        }
        stale.forEach(name -> execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
    }

    private static DatabaseSettings settingsFor(String name) {
        DatabaseSettings admin = admin();
        return new DatabaseSettings(withDatabase(admin.url(), name), admin.user(), admin.password(), 8);
    }

    private static void execute(String sql) {
        try (Connection c = adminConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "' on the test PostgreSQL (" + admin() + "): " + e.getMessage()
                    + ". Is PostgreSQL up and may DEPOT_DB_USER create databases?", e);
        }
    }

    private static Connection adminConnection() throws SQLException {
        DatabaseSettings admin = admin();
        return DriverManager.getConnection(admin.url(), admin.user(), admin.password());
    }

    static String withDatabase(String url, String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String params = query < 0 ? "" : url.substring(query);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + params;
    }

    private static String nameOf(String url) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        return base.substring(base.lastIndexOf('/') + 1);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
