-- a pick face is topped up from reserve bins when what it holds falls to its minimum, up to its maximum (eaches)
ALTER TABLE location ADD COLUMN replenish_min NUMERIC(18, 3) CHECK (replenish_min >= 0);
ALTER TABLE location ADD COLUMN replenish_max NUMERIC(18, 3) CHECK (replenish_max > 0);
ALTER TABLE location ADD CONSTRAINT location_replenish_levels
    CHECK ((replenish_min IS NULL AND replenish_max IS NULL) OR (pick_face_item_id IS NOT NULL AND replenish_min < replenish_max));

-- Take so many of the item from a reserve bin into the pick face; open until all of it has moved.
CREATE TABLE replenishment_task (
    id                 UUID PRIMARY KEY,
    warehouse_id       UUID           NOT NULL REFERENCES warehouse (id),
    item_id            UUID           NOT NULL REFERENCES item (id),
    sku                VARCHAR(40)    NOT NULL,
    gtin               VARCHAR(14),
    item_name          VARCHAR(200)   NOT NULL,
    from_location_id   UUID           NOT NULL REFERENCES location (id),
    from_code          VARCHAR(40)    NOT NULL,
    from_walk_sequence INT            NOT NULL,
    to_location_id     UUID           NOT NULL REFERENCES location (id),
    to_code            VARCHAR(40)    NOT NULL,
    quantity           NUMERIC(18, 3) NOT NULL CHECK (quantity > 0),
    moved_quantity     NUMERIC(18, 3) NOT NULL CHECK (moved_quantity >= 0),
    status             VARCHAR(20)    NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    done_at            TIMESTAMP WITH TIME ZONE,
    done_by            UUID,
    version            BIGINT         NOT NULL
);
CREATE INDEX replenishment_task_open ON replenishment_task (warehouse_id, status);
CREATE INDEX replenishment_task_face ON replenishment_task (to_location_id, status);
CREATE INDEX replenishment_task_source ON replenishment_task (from_location_id, status);
