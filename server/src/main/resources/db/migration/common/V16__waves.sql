-- waves: released orders are picked in waves, planned by priority, carrier cut-off and zone. Each
-- order of a wave has its own tote on the picker's cart; one picker (or anyone, until assigned)
-- walks the wave's tasks once along the pick path.
CREATE TABLE carrier (
    code   VARCHAR(20) PRIMARY KEY,
    name   VARCHAR(120) NOT NULL,
    -- the time of day the carrier collects; orders for it are picked before then
    cutoff TIME         NOT NULL
);

ALTER TABLE customer ADD COLUMN carrier_code VARCHAR(20) REFERENCES carrier (code);
ALTER TABLE sales_order ADD COLUMN carrier_code VARCHAR(20) REFERENCES carrier (code);
ALTER TABLE sales_order ADD COLUMN priority VARCHAR(10) DEFAULT 'STANDARD' NOT NULL;

CREATE SEQUENCE wave_number;

CREATE TABLE wave (
    id           UUID PRIMARY KEY,
    number       VARCHAR(20)  NOT NULL UNIQUE,
    warehouse_id UUID         NOT NULL REFERENCES warehouse (id),
    priority     VARCHAR(10)  NOT NULL,
    carrier_code VARCHAR(20) REFERENCES carrier (code),
    zone         VARCHAR(20),
    order_count  INT          NOT NULL,
    released_by  VARCHAR(120) NOT NULL,
    released_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    assigned_to  UUID REFERENCES app_user (id),
    version      BIGINT       NOT NULL
);
CREATE INDEX wave_warehouse ON wave (warehouse_id, released_at);

-- tasks released before waves existed stay without one
ALTER TABLE pick_task ADD COLUMN wave_id UUID REFERENCES wave (id);
ALTER TABLE pick_task ADD COLUMN wave_number VARCHAR(20);
ALTER TABLE pick_task ADD COLUMN tote INT;
ALTER TABLE pick_task ADD COLUMN assigned_to UUID REFERENCES app_user (id);
ALTER TABLE pick_task ADD COLUMN assigned_to_name VARCHAR(120);
CREATE INDEX pick_task_wave ON pick_task (wave_id);
