package dev.depot.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.server.testing.RunningDepot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The server's connections to PostgreSQL: a transaction left open is ended by the database (it
 * would hold every device's change feed back), and a connection resting in the pool holds none open.
 */
class PooledConnectionsTest {

    @RegisterExtension
    static RunningDepot depot = new RunningDepot();

    @Test
    void aTransactionLeftOpenIsEndedAfterAMinuteAndAnIdlePooledConnectionHoldsNoneOpen() {
        Object timeout = depot.server().capabilities().transactions()
                .inTransaction(em -> em.createNativeQuery("SHOW idle_in_transaction_session_timeout").getSingleResult());

        assertThat(timeout).isEqualTo("1min");
        assertThat(depot.sql().count("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                + "AND application_name = 'depot-server' AND state = 'idle in transaction'"))
                .as("connections resting in the pool").isZero();
    }
}
