-- The change feed (transactional outbox). Rows are served in (txid, seq) order and only once their
-- transaction is older than every running one, so a transaction that commits late is never skipped
-- (see docs/decisions/change-feed.md).
CREATE TABLE change_log (
    seq         BIGSERIAL PRIMARY KEY,
    txid        XID8         NOT NULL DEFAULT pg_current_xact_id(),
    scope       VARCHAR(80)  NOT NULL,
    entity_type VARCHAR(40)  NOT NULL,
    entity_id   UUID         NOT NULL,
    version     BIGINT       NOT NULL,
    op          VARCHAR(10)  NOT NULL,
    payload     TEXT,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX change_log_feed ON change_log (txid, seq);
CREATE INDEX change_log_scope ON change_log (scope, txid, seq);

-- A fallback epoch, used only when the cluster's identity cannot be read (see PostgresChangeFeed).
CREATE TABLE feed_epoch (
    epoch VARCHAR(64) NOT NULL
);
INSERT INTO feed_epoch (epoch) VALUES (md5(random()::text || clock_timestamp()::text));
