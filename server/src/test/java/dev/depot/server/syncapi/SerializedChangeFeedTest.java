package dev.depot.server.syncapi;

import dev.depot.server.platform.Database;
import dev.depot.server.platform.DatabaseSettings;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The embedded database's feed passes the same contract, on a real (in-memory) H2 database. */
class SerializedChangeFeedTest extends ChangeFeedContract {

    private final String name = "feed" + UUID.randomUUID().toString().replace("-", "");

    @Override
    protected Database openDatabase() {
        return Database.open(new DatabaseSettings("jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1", "sa", "", 4), List.of());
    }

    @Override
    protected ChangeFeed feed(Clock clock) {
        return new SerializedChangeFeed(clock, new FeedWakeups());
    }
}
