-- packing and shipping: picked goods are packed at the pack station into cartons, each numbered
-- with an SSCC for its label; an order leaves with a carrier, its tracking number and who took it.
CREATE SEQUENCE sscc_serial;

CREATE TABLE carton (
    id             UUID PRIMARY KEY,
    sscc           CHAR(18)       NOT NULL UNIQUE,
    order_id       UUID           NOT NULL REFERENCES sales_order (id),
    order_number   VARCHAR(20)    NOT NULL,
    warehouse_id   UUID           NOT NULL REFERENCES warehouse (id),
    -- 1, 2, … within the order, as the packing slip and the labels count them
    number         INT            NOT NULL,
    weight_kg      NUMERIC(10, 3) CHECK (weight_kg > 0),
    packed_by      UUID,
    packed_by_name VARCHAR(120)   NOT NULL,
    packed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT carton_number_per_order UNIQUE (order_id, number)
);

CREATE TABLE carton_line (
    id            UUID PRIMARY KEY,
    carton_id     UUID           NOT NULL REFERENCES carton (id),
    order_line_id UUID           NOT NULL REFERENCES order_line (id),
    item_id       UUID           NOT NULL REFERENCES item (id),
    sku           VARCHAR(40)    NOT NULL,
    item_name     VARCHAR(200)   NOT NULL,
    quantity      NUMERIC(18, 3) NOT NULL CHECK (quantity > 0)
);
CREATE INDEX carton_line_carton ON carton_line (carton_id);

CREATE TABLE shipment (
    id              UUID PRIMARY KEY,
    order_id        UUID         NOT NULL UNIQUE REFERENCES sales_order (id),
    carrier_code    VARCHAR(20) REFERENCES carrier (code),
    tracking_number VARCHAR(60),
    -- proof of shipment: the driver or carrier's agent who took the goods
    handed_to       VARCHAR(120),
    cartons         INT          NOT NULL,
    shipped_by      VARCHAR(120) NOT NULL,
    shipped_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
