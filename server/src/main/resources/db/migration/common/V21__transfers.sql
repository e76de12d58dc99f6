-- transfers: stock moving from one warehouse to another through in-transit, at moving-average cost.
-- The sending warehouse loads it from its bins onto its dock; dispatch moves it into the receiving
-- warehouse's in-transit location; the receivers scan it into receiving, and it is put away.
INSERT INTO account (code, name, type) VALUES ('1350', 'Inventory in transit', 'ASSET');

CREATE SEQUENCE transfer_number;

CREATE TABLE transfer_order (
    id                UUID PRIMARY KEY,
    number            VARCHAR(20) NOT NULL UNIQUE,
    from_warehouse_id UUID        NOT NULL REFERENCES warehouse (id),
    to_warehouse_id   UUID        NOT NULL REFERENCES warehouse (id),
    expected_on       DATE        NOT NULL,
    status            VARCHAR(20) NOT NULL,
    created_by        UUID        NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    dispatched_by     UUID,
    dispatched_at     TIMESTAMP WITH TIME ZONE,
    received_at       TIMESTAMP WITH TIME ZONE,
    version           BIGINT      NOT NULL,
    CONSTRAINT transfer_between_two_warehouses CHECK (from_warehouse_id <> to_warehouse_id)
);
CREATE INDEX transfer_order_from ON transfer_order (from_warehouse_id, status);
CREATE INDEX transfer_order_to ON transfer_order (to_warehouse_id, status);

-- One item on a transfer: asked for, loaded at the sender, received at the other end; the bin the
-- sender is to take it from; the cost it travels at, fixed at dispatch.
CREATE TABLE transfer_line (
    id                 UUID PRIMARY KEY,
    transfer_id        UUID           NOT NULL REFERENCES transfer_order (id),
    line_number        INT            NOT NULL,
    item_id            UUID           NOT NULL REFERENCES item (id),
    sku                VARCHAR(40)    NOT NULL,
    gtin               VARCHAR(14),
    item_name          VARCHAR(200)   NOT NULL,
    quantity           NUMERIC(18, 3) NOT NULL CHECK (quantity > 0),
    loaded_quantity    NUMERIC(18, 3) NOT NULL CHECK (loaded_quantity >= 0),
    received_quantity  NUMERIC(18, 3) NOT NULL CHECK (received_quantity >= 0),
    from_location_id   UUID REFERENCES location (id),
    from_code          VARCHAR(40),
    from_walk_sequence INT            NOT NULL,
    unit_cost          NUMERIC(18, 4),
    currency           CHAR(3),
    CONSTRAINT transfer_line_number UNIQUE (transfer_id, line_number)
);

-- One scan-confirmed receipt of a transfer's goods at the receiving warehouse.
CREATE TABLE transfer_receipt (
    id               UUID PRIMARY KEY,
    transfer_id      UUID           NOT NULL REFERENCES transfer_order (id),
    transfer_line_id UUID           NOT NULL REFERENCES transfer_line (id),
    item_id          UUID           NOT NULL REFERENCES item (id),
    quantity         NUMERIC(18, 3) NOT NULL CHECK (quantity > 0),
    damaged          BOOLEAN        NOT NULL,
    location_id      UUID           NOT NULL REFERENCES location (id),
    movement_id      UUID           NOT NULL REFERENCES stock_movement (id),
    received_by      UUID           NOT NULL,
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX transfer_receipt_transfer ON transfer_receipt (transfer_id);

-- goods wait for putaway (and inspection) after a receipt from a supplier or from another warehouse
ALTER TABLE putaway_task ALTER COLUMN goods_receipt_id DROP NOT NULL;
ALTER TABLE putaway_task ADD COLUMN transfer_receipt_id UUID REFERENCES transfer_receipt (id);
ALTER TABLE putaway_task ADD CONSTRAINT putaway_task_one_receipt CHECK ((goods_receipt_id IS NULL) <> (transfer_receipt_id IS NULL));
ALTER TABLE quarantine_decision ALTER COLUMN goods_receipt_id DROP NOT NULL;
ALTER TABLE quarantine_decision ADD COLUMN transfer_receipt_id UUID REFERENCES transfer_receipt (id);
ALTER TABLE quarantine_decision ADD CONSTRAINT quarantine_decision_one_receipt
    CHECK ((goods_receipt_id IS NULL) <> (transfer_receipt_id IS NULL));
CREATE INDEX quarantine_decision_transfer_receipt ON quarantine_decision (transfer_receipt_id);
