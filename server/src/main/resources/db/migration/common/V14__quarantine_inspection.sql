-- inspection: what becomes of goods received damaged. Each decision moves stock out of quarantine:
-- released to receiving (and putaway), scrapped, or returned to the supplier.
INSERT INTO account (code, name, type) VALUES ('5100', 'Inventory write-offs and count differences', 'EXPENSE');

CREATE TABLE quarantine_decision (
    id               UUID PRIMARY KEY,
    goods_receipt_id UUID           NOT NULL REFERENCES goods_receipt (id),
    disposition      VARCHAR(20)    NOT NULL,
    quantity         NUMERIC(18, 3) NOT NULL CHECK (quantity > 0),
    movement_id      UUID           NOT NULL REFERENCES stock_movement (id),
    note             VARCHAR(300),
    decided_by       UUID           NOT NULL,
    decided_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX quarantine_decision_receipt ON quarantine_decision (goods_receipt_id);
