-- identity: people, their sessions, and their registered devices
CREATE TABLE app_user (
    id            UUID PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL UNIQUE,
    display_name  VARCHAR(120) NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    warehouse_id  UUID,
    active        BOOLEAN      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT       NOT NULL
);

CREATE TABLE user_session (
    id         UUID PRIMARY KEY,
    user_id    UUID        NOT NULL REFERENCES app_user (id),
    token_hash VARCHAR(64) NOT NULL UNIQUE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at   TIMESTAMP WITH TIME ZONE
);

CREATE TABLE device (
    id            UUID PRIMARY KEY,
    user_id       UUID         NOT NULL REFERENCES app_user (id),
    name          VARCHAR(120) NOT NULL,
    app_version   VARCHAR(40),
    token_hash    VARCHAR(64)  NOT NULL UNIQUE,
    registered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    last_seq      BIGINT       NOT NULL,
    version       BIGINT       NOT NULL
);
CREATE INDEX device_user ON device (user_id);
