package dev.depot.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.server.testing.RunningDepot;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The server's connections to PostgreSQL: a transaction left open is ended by the database (it
 * would hold every device's change feed back), a connection resting in the pool holds none open,
 * and everything one transaction reads, it reads on its own connection, before its first write too.
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

    @Test
    void aRowLockedByAReadBeforeAnyWriteStaysLockedUntilTheTransactionEnds() {
        depot.sql().execute("CREATE TABLE lock_probe (id int PRIMARY KEY)");
        depot.sql().execute("INSERT INTO lock_probe VALUES (1)");

        String otherWriter = depot.server().capabilities().transactions().inTransaction(em -> {
            Object firstBackend = em.createNativeQuery("SELECT pg_backend_pid()").getSingleResult();
            em.createNativeQuery("SELECT id FROM lock_probe WHERE id = 1 FOR UPDATE").getResultList();
            Object laterBackend = em.createNativeQuery("SELECT pg_backend_pid()").getSingleResult();
            assertThat(laterBackend).as("the connection of every statement in the transaction").isEqualTo(firstBackend);
            return tryToLockFromOutside();
        });

        assertThat(otherWriter).as("another connection meets the lock the transaction took").contains("could not obtain lock");
        assertThat(tryToLockFromOutside()).as("once it has ended").isEqualTo("locked");
    }

    private static String tryToLockFromOutside() {
        try (Connection c = depot.sql().connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("SELECT id FROM lock_probe WHERE id = 1 FOR UPDATE NOWAIT");
            c.rollback();
            return "locked";
        } catch (SQLException e) {
            return e.getMessage();
        }
    }
}
