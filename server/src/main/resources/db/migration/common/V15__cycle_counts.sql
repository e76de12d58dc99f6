-- counting: a count request becomes a blind count task. A count far off the books is counted again;
-- what a count finds is adjusted in the ledger, above a value only with a supervisor's approval; the
-- first counts that matched the books are the warehouse's inventory accuracy.
ALTER TABLE cycle_count_request RENAME TO count_task;
ALTER TABLE count_task ADD COLUMN walk_sequence INT;
ALTER TABLE count_task ADD COLUMN sku VARCHAR(40);
ALTER TABLE count_task ADD COLUMN gtin VARCHAR(14);
ALTER TABLE count_task ADD COLUMN item_name VARCHAR(200);
-- 1 for a first count, 2 and up for recounts
ALTER TABLE count_task ADD COLUMN attempt INT;
ALTER TABLE count_task ADD COLUMN book_quantity NUMERIC(18, 3);
ALTER TABLE count_task ADD COLUMN counted_quantity NUMERIC(18, 3);
ALTER TABLE count_task ADD COLUMN counted_by UUID;
ALTER TABLE count_task ADD COLUMN counted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE count_task ADD COLUMN adjustment_movement_id UUID REFERENCES stock_movement (id);
ALTER TABLE count_task ADD COLUMN decided_by UUID;
ALTER TABLE count_task ADD COLUMN decided_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE count_task ADD COLUMN version BIGINT;
UPDATE count_task SET
    walk_sequence = (SELECT l.walk_sequence FROM location l WHERE l.id = count_task.location_id),
    sku = (SELECT i.sku FROM item i WHERE i.id = count_task.item_id),
    gtin = (SELECT i.gtin FROM item i WHERE i.id = count_task.item_id),
    item_name = (SELECT i.name FROM item i WHERE i.id = count_task.item_id),
    attempt = 1,
    version = 1;
ALTER TABLE count_task ALTER COLUMN walk_sequence SET NOT NULL;
ALTER TABLE count_task ALTER COLUMN sku SET NOT NULL;
ALTER TABLE count_task ALTER COLUMN item_name SET NOT NULL;
ALTER TABLE count_task ALTER COLUMN attempt SET NOT NULL;
ALTER TABLE count_task ALTER COLUMN version SET NOT NULL;
