-- A pick task stays on the warehouse's handhelds, done or not, until its order ships; then it is
-- closed and devices of the warehouse drop it (a delete in the warehouse scope).
ALTER TABLE pick_task ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;
DROP INDEX pick_task_warehouse;
CREATE INDEX pick_task_on_the_floor ON pick_task (warehouse_id, closed_at, walk_sequence);
