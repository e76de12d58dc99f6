-- The change feed on the embedded database: writers take the one change_log_writer row lock before
-- appending, so sequence order is commit order and a plain seq cursor is safe here.
CREATE TABLE change_log (
    seq         BIGSERIAL PRIMARY KEY,
    txid        BIGINT       NOT NULL DEFAULT 0,
    scope       VARCHAR(80)  NOT NULL,
    entity_type VARCHAR(40)  NOT NULL,
    entity_id   UUID         NOT NULL,
    version     BIGINT       NOT NULL,
    op          VARCHAR(10)  NOT NULL,
    payload     TEXT,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX change_log_scope ON change_log (scope, seq);

CREATE TABLE change_log_writer (
    id INT PRIMARY KEY
);
INSERT INTO change_log_writer (id) VALUES (1);

CREATE TABLE feed_epoch (
    epoch VARCHAR(64) NOT NULL
);
INSERT INTO feed_epoch (epoch) VALUES (REPLACE(CAST(RANDOM_UUID() AS VARCHAR), '-', ''));
