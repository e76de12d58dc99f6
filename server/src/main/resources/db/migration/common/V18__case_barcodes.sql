-- an item's case has its own barcode (GTIN-14): a receiver scans the case, and so many eaches come in
ALTER TABLE item ADD COLUMN case_gtin CHAR(14) UNIQUE;
-- a purchase order line keeps the case as it was ordered
ALTER TABLE purchase_order_line ADD COLUMN case_gtin CHAR(14);
ALTER TABLE purchase_order_line ADD COLUMN eaches_per_case INT;
