-- purchasing: suppliers, the purchase orders a warehouse expects, and every receipt against them
CREATE TABLE supplier (
    id                     UUID PRIMARY KEY,
    code                   VARCHAR(20)   NOT NULL UNIQUE,
    name                   VARCHAR(120)  NOT NULL,
    -- how far, in percent of the ordered quantity, a line may be over-received before a supervisor looks at it
    over_receipt_tolerance NUMERIC(5, 2) NOT NULL CHECK (over_receipt_tolerance >= 0)
);

CREATE SEQUENCE purchase_order_number;

CREATE TABLE purchase_order (
    id            UUID PRIMARY KEY,
    number        VARCHAR(20)  NOT NULL UNIQUE,
    supplier_id   UUID         NOT NULL REFERENCES supplier (id),
    supplier_name VARCHAR(120) NOT NULL,
    warehouse_id  UUID         NOT NULL REFERENCES warehouse (id),
    expected_on   DATE         NOT NULL,
    currency      CHAR(3)      NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT       NOT NULL
);
CREATE INDEX purchase_order_open ON purchase_order (warehouse_id, status);

CREATE TABLE purchase_order_line (
    id                UUID PRIMARY KEY,
    purchase_order_id UUID           NOT NULL REFERENCES purchase_order (id),
    line_number       INT            NOT NULL,
    item_id           UUID           NOT NULL REFERENCES item (id),
    sku               VARCHAR(40)    NOT NULL,
    gtin              VARCHAR(14),
    item_name         VARCHAR(200)   NOT NULL,
    ordered_quantity  NUMERIC(18, 3) NOT NULL CHECK (ordered_quantity > 0),
    received_quantity NUMERIC(18, 3) NOT NULL CHECK (received_quantity >= 0),
    unit_cost         NUMERIC(18, 4) NOT NULL CHECK (unit_cost >= 0),
    CONSTRAINT purchase_order_line_number UNIQUE (purchase_order_id, line_number)
);

-- One scan-confirmed receipt: what came in with which label (lot, expiry, pallet), in what state,
-- where it was put down and the ledger line that moved it there.
CREATE TABLE goods_receipt (
    id                     UUID PRIMARY KEY,
    purchase_order_id      UUID           NOT NULL REFERENCES purchase_order (id),
    purchase_order_line_id UUID           NOT NULL REFERENCES purchase_order_line (id),
    item_id                UUID           NOT NULL REFERENCES item (id),
    quantity               NUMERIC(18, 3) NOT NULL CHECK (quantity > 0),
    lot                    VARCHAR(20),
    expires_on             DATE,
    sscc                   CHAR(18),
    damaged                BOOLEAN        NOT NULL,
    location_id            UUID           NOT NULL REFERENCES location (id),
    movement_id            UUID           NOT NULL REFERENCES stock_movement (id),
    received_by            UUID           NOT NULL,
    occurred_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX goods_receipt_order ON goods_receipt (purchase_order_id);
