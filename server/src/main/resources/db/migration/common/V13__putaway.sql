-- putaway: what a storage bin may take, and the tasks that move received goods from the dock into bins
ALTER TABLE location ADD COLUMN zone VARCHAR(20);
-- how many eaches the bin takes, all items together; no figure means it is not limited
ALTER TABLE location ADD COLUMN capacity NUMERIC(18, 3) CHECK (capacity > 0);
-- a fixed pick face: the one item this bin is kept for
ALTER TABLE location ADD COLUMN pick_face_item_id UUID REFERENCES item (id);

-- Goods received sound (or released from quarantine) wait in receiving until a receiver puts them
-- away. The suggested bin is held for them (its room counts as taken) while the task is open.
CREATE TABLE putaway_task (
    id                    UUID PRIMARY KEY,
    warehouse_id          UUID           NOT NULL REFERENCES warehouse (id),
    goods_receipt_id      UUID           NOT NULL REFERENCES goods_receipt (id),
    purchase_order_number VARCHAR(20)    NOT NULL,
    item_id               UUID           NOT NULL REFERENCES item (id),
    sku                   VARCHAR(40)    NOT NULL,
    gtin                  VARCHAR(14),
    item_name             VARCHAR(200)   NOT NULL,
    lot                   VARCHAR(20),
    expires_on            DATE,
    from_location_id      UUID           NOT NULL REFERENCES location (id),
    from_code             VARCHAR(40)    NOT NULL,
    quantity              NUMERIC(18, 3) NOT NULL CHECK (quantity > 0),
    put_away_quantity     NUMERIC(18, 3) NOT NULL CHECK (put_away_quantity >= 0),
    suggested_location_id UUID REFERENCES location (id),
    suggested_code        VARCHAR(40),
    suggestion_rule       VARCHAR(20),
    status                VARCHAR(20)    NOT NULL,
    received_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    done_at               TIMESTAMP WITH TIME ZONE,
    version               BIGINT         NOT NULL
);
CREATE INDEX putaway_task_open ON putaway_task (warehouse_id, status);
CREATE INDEX putaway_task_receipt ON putaway_task (goods_receipt_id);

-- Each scan-confirmed putaway: into which bin, and why not the suggested one when it was not.
CREATE TABLE putaway_scan (
    id              UUID PRIMARY KEY,
    task_id         UUID           NOT NULL REFERENCES putaway_task (id),
    location_id     UUID           NOT NULL REFERENCES location (id),
    quantity        NUMERIC(18, 3) NOT NULL CHECK (quantity > 0),
    suggested       BOOLEAN        NOT NULL,
    override_reason VARCHAR(20),
    movement_id     UUID           NOT NULL REFERENCES stock_movement (id),
    put_away_by     UUID           NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX putaway_scan_task ON putaway_scan (task_id);
