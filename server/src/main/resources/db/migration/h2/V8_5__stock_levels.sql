-- Stock levels replicate to devices (scope stock:<warehouse>): each position gets an id, the
-- key devices know it by, and a version that every change of it raises.
ALTER TABLE stock_position ADD COLUMN id UUID;
UPDATE stock_position SET id = RANDOM_UUID();
ALTER TABLE stock_position ALTER COLUMN id SET NOT NULL;
ALTER TABLE stock_position ADD CONSTRAINT stock_position_id UNIQUE (id);
ALTER TABLE stock_position ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
CREATE INDEX stock_position_by_warehouse ON stock_position (warehouse_id, id);
