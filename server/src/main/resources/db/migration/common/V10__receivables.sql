-- Receivables a rep can age on the device: each customer pays on terms (net days), each invoice
-- falls due that many days after it was issued, and carries a version as its open amount changes.
ALTER TABLE customer ADD COLUMN payment_terms_days INT DEFAULT 30 NOT NULL;

ALTER TABLE invoice ADD COLUMN due_on DATE;
UPDATE invoice SET due_on = CAST(issued_at AS DATE);
ALTER TABLE invoice ALTER COLUMN due_on SET NOT NULL;
ALTER TABLE invoice ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
