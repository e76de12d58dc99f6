package dev.depot.server.platform;

/** The two databases Depot runs on: PostgreSQL in production and tests, H2 for the evaluation run. */
public enum DatabaseVendor {
    POSTGRESQL("postgresql", "org.eclipse.persistence.platform.database.PostgreSQLPlatform"),
    H2("h2", "org.eclipse.persistence.platform.database.H2Platform");

    private final String migrationFolder;
    private final String eclipseLinkPlatform;

    DatabaseVendor(String migrationFolder, String eclipseLinkPlatform) {
        this.migrationFolder = migrationFolder;
        this.eclipseLinkPlatform = eclipseLinkPlatform;
    }

    public static DatabaseVendor fromJdbcUrl(String url) {
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        if (url.startsWith("jdbc:h2:")) {
            return H2;
        }
        throw new IllegalArgumentException("unsupported database URL (expected jdbc:postgresql: or jdbc:h2:): "
                + url.replaceAll("password=[^&;]*", "password=***"));
    }

    /** The Flyway location holding this vendor's own migrations, beside the common ones. */
    public String migrationLocation() {
        return "classpath:db/migration/" + migrationFolder;
    }

    String eclipseLinkPlatform() {
        return eclipseLinkPlatform;
    }
}
