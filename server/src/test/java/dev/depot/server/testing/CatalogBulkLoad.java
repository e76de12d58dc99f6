package dev.depot.server.testing;

import dev.depot.model.changes.Scope;
import dev.depot.model.gs1.Gtin;
import dev.depot.model.money.Money;
import dev.depot.model.pricing.PriceBreak;
import dev.depot.model.views.ItemPriceView;
import dev.depot.model.views.ItemView;
import dev.depot.server.platform.DatabaseSettings;
import dev.depot.sync.feed.FeedCursor;
import dev.depot.sync.protocol.SyncJson;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

/**
 * A large catalog written straight into the tables with {@code INSERT … SELECT generate_series}: items
 * (SKU {@code BULK-0000001}, a valid GTIN-14 in the 2… in-store range), their price on {@link Fixtures#PRICE_LIST}
 * and the change-log rows the catalog would have published for them, so the feed is as long as the catalog.
 * Payloads are written by the real JSON mapping from a template, so they read back as the views they claim to be.
 * For benchmarks: a million items through the use cases would take an hour.
 */
public final class CatalogBulkLoad {

    private static final UUID ID_MARK = new UUID(0, 0);
    private static final String SKU_MARK = "SKU-MARK";
    private static final String GTIN_MARK = "29999999999999";
    private static final UUID ITEM_MARK = new UUID(0, 1);

    private final DatabaseSettings database;
    private int size;

    public CatalogBulkLoad(DatabaseSettings database) {
        this.database = database;
    }

    /** Adds bulk items until this loader has written {@code target} of them, then lets PostgreSQL analyse the tables. */
    public void growTo(int target) {
        List<PriceBreak> breaks = List.of(new PriceBreak(BigDecimal.ONE, Money.of("4.00", Fixtures.CURRENCY)));
        String itemPayload = SyncJson.toJson(new ItemView(ID_MARK, SKU_MARK, GTIN_MARK, SKU_MARK + " bulk item", 12, true));
        String pricePayload = SyncJson.toJson(new ItemPriceView(ID_MARK, Fixtures.PRICE_LIST, ITEM_MARK, breaks));
        try (Connection c = DriverManager.getConnection(database.url(), database.user(), database.password())) {
            c.setAutoCommit(false);
            execute(c, """
                    CREATE TEMP TABLE bulk ON COMMIT DROP AS
                    SELECT md5('bulk-item-' || g)::uuid AS id, md5('bulk-price-' || g)::uuid AS price_id,
                           'BULK-' || lpad(g::text, 7, '0') AS sku, body || check_digit(body) AS gtin
                    FROM generate_series(%d, %d) g, LATERAL (SELECT '2' || lpad(g::text, 12, '0') AS body) b
                    """.formatted(size + 1, target).replace("check_digit(body)", CHECK_DIGIT));
            execute(c, """
                    INSERT INTO item (id, sku, gtin, name, eaches_per_case, cases_per_pallet, standard_cost, currency, active, version)
                    SELECT id, sku, gtin, sku || ' bulk item', 12, 40, 2.4, ?, true, 1 FROM bulk""", Fixtures.CURRENCY);
            execute(c, "INSERT INTO item_price (id, price_list, item_id, breaks, version) SELECT price_id, ?, id, ?, 1 FROM bulk",
                    Fixtures.PRICE_LIST, SyncJson.toJson(breaks));
            execute(c, """
                    INSERT INTO change_log (scope, entity_type, entity_id, version, op, payload, recorded_at)
                    SELECT ?, ?, id, 1, 'UPSERT', replace(replace(replace(?, ?, id::text), ?, sku), ?, gtin), now() FROM bulk""",
                    Scope.CATALOG.key(), ItemView.TYPE, itemPayload, ID_MARK.toString(), SKU_MARK, GTIN_MARK);
            execute(c, """
                    INSERT INTO change_log (scope, entity_type, entity_id, version, op, payload, recorded_at)
                    SELECT ?, ?, price_id, 1, 'UPSERT', replace(replace(?, ?, price_id::text), ?, id::text), now() FROM bulk""",
                    Scope.CATALOG.key(), ItemPriceView.TYPE, pricePayload, ID_MARK.toString(), ITEM_MARK.toString());
            c.commit();
            c.setAutoCommit(true);
            execute(c, "VACUUM ANALYZE item, item_price, change_log");
            checkAGtin(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot bulk-load the catalog", e);
        }
        size = target;
    }

    /** The position after every change in the log: where a device stands that has pulled all of it. */
    public FeedCursor feedEnd(String epoch) {
        try (Connection c = DriverManager.getConnection(database.url(), database.user(), database.password());
             Statement s = c.createStatement();
             ResultSet last = s.executeQuery("SELECT txid::text::bigint, seq FROM change_log ORDER BY txid DESC, seq DESC LIMIT 1")) {
            last.next();
            return new FeedCursor(epoch, last.getLong(1), last.getLong(2));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the end of the change log", e);
        }
    }

    // GS1 mod-10 over the 13 digits of the body: weight 3 on odd positions from the left (they are odd from the right too)
    private static final String CHECK_DIGIT = """
            (SELECT ((10 - sum(substr(body, i, 1)::int * CASE WHEN i % 2 = 1 THEN 3 ELSE 1 END) % 10) % 10)::text
             FROM generate_series(1, 13) i)""";

    private static void checkAGtin(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet any = s.executeQuery("SELECT gtin FROM item WHERE sku LIKE 'BULK-%' LIMIT 1")) {
            if (any.next()) {
                new Gtin(any.getString(1).strip()); // throws when the check digit is wrong
            }
        }
    }

    private static void execute(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.execute();
        }
    }
}
