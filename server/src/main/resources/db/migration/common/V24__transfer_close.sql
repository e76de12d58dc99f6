-- a transfer closed by the receiving warehouse with less than was loaded: who, when and why; the
-- rest is written off out of in-transit
ALTER TABLE transfer_order ADD COLUMN closed_by UUID;
ALTER TABLE transfer_order ADD COLUMN close_reason VARCHAR(200);
