-- a pick task takes one lot, the one in its bin that expires first; null for stock kept without a lot
ALTER TABLE pick_task ADD COLUMN lot VARCHAR(20);
ALTER TABLE pick_task ADD COLUMN lot_expires_on DATE;
