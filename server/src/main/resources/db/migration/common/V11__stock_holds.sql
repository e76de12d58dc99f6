-- An item on hold in a bin (a short pick found less than the books say): that stock is left out of
-- what can be promised and picked until a supervisor has the bin counted and releases it.
ALTER TABLE stock_balance ADD COLUMN held_since TIMESTAMP WITH TIME ZONE;
ALTER TABLE stock_balance ADD COLUMN held_reason VARCHAR(300);
