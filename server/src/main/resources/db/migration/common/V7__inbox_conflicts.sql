-- inbox: what each person must know about their own work, synced to their devices (user:<id> scope)
CREATE TABLE inbox_entry (
    id           UUID PRIMARY KEY,
    user_id      UUID         NOT NULL REFERENCES app_user (id),
    kind         VARCHAR(40)  NOT NULL,
    attention    VARCHAR(20)  NOT NULL,
    title        VARCHAR(200) NOT NULL,
    explanation  TEXT         NOT NULL,
    next_step    VARCHAR(500) NOT NULL,
    order_id     UUID,
    order_number VARCHAR(20),
    task_id      UUID,
    customer_id  UUID,
    -- the device command whose result this entry reports, if any
    command_id   UUID,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at      TIMESTAMP WITH TIME ZONE,
    version      BIGINT       NOT NULL
);
CREATE INDEX inbox_entry_user ON inbox_entry (user_id, created_at);

-- fulfillment: a pick that contradicted the plan (the pick itself is recorded and stock followed it);
-- each is a reconciliation task in the supervisors' exceptions queue until resolved with a note
CREATE TABLE warehouse_exception (
    id              UUID PRIMARY KEY,
    kind            VARCHAR(30)   NOT NULL,
    expected        VARCHAR(300)  NOT NULL,
    happened        VARCHAR(300)  NOT NULL,
    warehouse_id    UUID          NOT NULL REFERENCES warehouse (id),
    task_id         UUID          NOT NULL REFERENCES pick_task (id),
    order_id        UUID          NOT NULL,
    order_number    VARCHAR(20)   NOT NULL,
    bin_code        VARCHAR(40)   NOT NULL,
    item_id         UUID          NOT NULL REFERENCES item (id),
    sku             VARCHAR(40)   NOT NULL,
    raised_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    raised_by       UUID          NOT NULL,
    raised_by_name  VARCHAR(120)  NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    resolution_note VARCHAR(500),
    resolved_by     VARCHAR(120),
    resolved_at     TIMESTAMP WITH TIME ZONE,
    version         BIGINT        NOT NULL
);
CREATE INDEX warehouse_exception_open ON warehouse_exception (status, raised_at);

-- fulfillment: a bin to count because a pick found less than the ledger said (the counting is a later step)
CREATE TABLE cycle_count_request (
    id           UUID PRIMARY KEY,
    warehouse_id UUID         NOT NULL REFERENCES warehouse (id),
    location_id  UUID         NOT NULL REFERENCES location (id),
    bin_code     VARCHAR(40)  NOT NULL,
    item_id      UUID         NOT NULL REFERENCES item (id),
    reason       VARCHAR(300) NOT NULL,
    exception_id UUID REFERENCES warehouse_exception (id),
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL,
    status       VARCHAR(20)  NOT NULL
);
CREATE INDEX cycle_count_request_open ON cycle_count_request (status, warehouse_id);

-- partners: how to reach a customer; reps correct these on their devices
ALTER TABLE customer ADD COLUMN phone VARCHAR(40);
ALTER TABLE customer ADD COLUMN email VARCHAR(120);
ALTER TABLE customer ADD COLUMN contact_name VARCHAR(120);

-- Every change to a contact field, at the customer version it made: the value a device saw at its
-- base version, and who changed a field since, are read from here when a rep's edit is merged.
CREATE TABLE customer_contact_change (
    id          UUID PRIMARY KEY,
    customer_id UUID         NOT NULL REFERENCES customer (id),
    field       VARCHAR(20)  NOT NULL,
    new_value   VARCHAR(120),
    version     BIGINT       NOT NULL,
    changed_by  UUID,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX customer_contact_change_field ON customer_contact_change (customer_id, field, version);

-- A field a rep and the office both changed: the office's value stands until back office decides.
CREATE TABLE customer_contact_conflict (
    id            UUID PRIMARY KEY,
    customer_id   UUID         NOT NULL REFERENCES customer (id),
    field         VARCHAR(20)  NOT NULL,
    device_value  VARCHAR(120),
    server_value  VARCHAR(120),
    base_value    VARCHAR(120),
    base_version  BIGINT       NOT NULL,
    raised_by     UUID         NOT NULL,
    raised_by_name VARCHAR(120) NOT NULL,
    device_id     UUID,
    command_id    UUID,
    raised_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    chosen        VARCHAR(20),
    resolved_by   VARCHAR(120),
    resolved_at   TIMESTAMP WITH TIME ZONE,
    version       BIGINT       NOT NULL
);
CREATE INDEX customer_contact_conflict_open ON customer_contact_conflict (status, raised_at);
