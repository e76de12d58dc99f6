-- syncapi: the change log is pruned after the configured retention (depot.sync.retention). This
-- row records the feed position pruned through: a device whose cursor lies before it may have
-- missed changes and is told to download a fresh copy (resync-required). Plain SQL that both
-- PostgreSQL and H2 run; through_txid is 0 on H2, whose feed orders by seq alone.
CREATE TABLE change_log_pruned (
    id           INT PRIMARY KEY,
    through_txid BIGINT NOT NULL,
    through_seq  BIGINT NOT NULL,
    pruned_at    TIMESTAMP WITH TIME ZONE
);
INSERT INTO change_log_pruned (id, through_txid, through_seq) VALUES (1, 0, 0);

CREATE INDEX change_log_recorded ON change_log (recorded_at);
