-- syncapi: every command a device pushed, with its stored result (a retry gets the same answer)
CREATE TABLE device_command (
    command_id   UUID PRIMARY KEY,
    device_id    UUID         NOT NULL REFERENCES device (id),
    seq          BIGINT       NOT NULL,
    type         VARCHAR(40)  NOT NULL,
    payload      TEXT         NOT NULL,
    payload_hash VARCHAR(64)  NOT NULL,
    outcome      VARCHAR(20)  NOT NULL,
    result       TEXT         NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE,
    applied_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    -- where the change feed stood when the command committed (ChangeFeed.position): a pull reports
    -- a command as done only once the device's cursor has passed all of its changes
    feed_position BIGINT      NOT NULL,
    CONSTRAINT device_command_seq UNIQUE (device_id, seq)
);
