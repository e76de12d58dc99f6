package dev.depot.server.syncapi;

import dev.depot.server.platform.Database;
import dev.depot.server.platform.DatabaseSettings;
import dev.depot.server.testing.TestDatabases;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresChangeFeedTest extends ChangeFeedContract {

    private static DatabaseSettings settings;

    @BeforeAll
    static void freshDatabase() {
        settings = TestDatabases.fresh();
    }

    @AfterAll
    static void dropDatabase() {
        TestDatabases.drop(settings);
    }

    @Override
    protected Database openDatabase() {
        return Database.open(settings, List.of());
    }

    @Override
    protected ChangeFeed feed(Clock clock) {
        return new PostgresChangeFeed(clock);
    }
}
