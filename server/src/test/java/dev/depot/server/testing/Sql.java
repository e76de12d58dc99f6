package dev.depot.server.testing;

import dev.depot.server.platform.DatabaseSettings;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plain JDBC for test assertions about what the database holds, independent of the server's mappings. */
public final class Sql {

    private final DatabaseSettings database;

    public Sql(DatabaseSettings database) {
        this.database = database;
    }

    public long count(String sql, Object... args) {
        return ((Number) single(sql, args)).longValue();
    }

    public BigDecimal decimal(String sql, Object... args) {
        Object value = single(sql, args);
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }

    /** A timestamp column as an instant (null stays null). */
    public Instant instant(String sql, Object... args) {
        Object value = single(sql, args);
        return value == null ? null : ((Timestamp) value).toInstant();
    }

    /** Changes rows directly, as something outside Depot would (a test's stand-in for a step it does not drive); the row count. */
    public int update(String sql, Object... args) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    public Object single(String sql, Object... args) {
        List<Map<String, Object>> rows = rows(sql, args);
        if (rows.size() != 1 || rows.getFirst().size() != 1) {
            throw new IllegalStateException("expected one value from " + sql + ", got " + rows);
        }
        return rows.getFirst().values().iterator().next();
    }

    public List<Map<String, Object>> rows(String sql, Object... args) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= columns; i++) {
                        row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Changes the data behind the server's back, as time passing would: for tests of what ages. */
    public int execute(String sql, Object... args) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Row counts of every Depot table: a fingerprint to prove a refused request wrote nothing. */
    public Map<String, Long> tableCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Map<String, Object> row : rows("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                + "AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            String table = (String) row.get("table_name");
            counts.put(table, count("SELECT count(*) FROM " + table));
        }
        return counts;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(database.url(), database.user(), database.password());
    }
}
