-- orders: sales orders from capture to invoice, and their timeline
CREATE SEQUENCE sales_order_number;

CREATE TABLE sales_order (
    id                 UUID PRIMARY KEY,
    number             VARCHAR(20)    NOT NULL UNIQUE,
    customer_id        UUID           NOT NULL REFERENCES customer (id),
    customer_name      VARCHAR(200)   NOT NULL,
    warehouse_id       UUID           NOT NULL REFERENCES warehouse (id),
    status             VARCHAR(20)    NOT NULL,
    hold_reason        VARCHAR(300),
    currency           CHAR(3)        NOT NULL,
    subtotal           NUMERIC(18, 2) NOT NULL,
    tax                NUMERIC(18, 2) NOT NULL,
    total              NUMERIC(18, 2) NOT NULL,
    tax_rate           NUMERIC(7, 4)  NOT NULL,
    placed_by          UUID           NOT NULL,
    device_id          UUID,
    command_id         UUID UNIQUE,
    customer_reference VARCHAR(60),
    placed_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT         NOT NULL
);
CREATE INDEX sales_order_customer ON sales_order (customer_id);
CREATE INDEX sales_order_placed_by ON sales_order (placed_by);
CREATE INDEX sales_order_status ON sales_order (status, placed_at);

CREATE TABLE order_line (
    id               UUID PRIMARY KEY,
    order_id         UUID           NOT NULL REFERENCES sales_order (id),
    line_number      INT            NOT NULL,
    item_id          UUID           NOT NULL REFERENCES item (id),
    sku              VARCHAR(40)    NOT NULL,
    item_name        VARCHAR(200)   NOT NULL,
    quantity         NUMERIC(18, 3) NOT NULL CHECK (quantity > 0),
    reserved         NUMERIC(18, 3) NOT NULL,
    backordered      NUMERIC(18, 3) NOT NULL,
    picked           NUMERIC(18, 3) NOT NULL,
    shipped          NUMERIC(18, 3) NOT NULL,
    unit_price       NUMERIC(18, 2) NOT NULL,
    discount_percent NUMERIC(7, 4)  NOT NULL,
    net              NUMERIC(18, 2) NOT NULL
);
CREATE INDEX order_line_order ON order_line (order_id);

CREATE TABLE order_event (
    id       UUID PRIMARY KEY,
    order_id UUID         NOT NULL REFERENCES sales_order (id),
    at       TIMESTAMP WITH TIME ZONE NOT NULL,
    kind     VARCHAR(30)  NOT NULL,
    detail   VARCHAR(500) NOT NULL,
    actor    VARCHAR(120) NOT NULL
);
CREATE INDEX order_event_order ON order_event (order_id, at);

-- fulfillment: pick tasks, one per order line and bin, walked in the bins' sequence
CREATE TABLE pick_task (
    id              UUID PRIMARY KEY,
    order_id        UUID           NOT NULL,
    order_line_id   UUID           NOT NULL,
    order_number    VARCHAR(20)    NOT NULL,
    warehouse_id    UUID           NOT NULL REFERENCES warehouse (id),
    location_id     UUID           NOT NULL REFERENCES location (id),
    bin_code        VARCHAR(40)    NOT NULL,
    walk_sequence   INT            NOT NULL,
    item_id         UUID           NOT NULL REFERENCES item (id),
    sku             VARCHAR(40)    NOT NULL,
    gtin            CHAR(14)       NOT NULL,
    item_name       VARCHAR(200)   NOT NULL,
    quantity        NUMERIC(18, 3) NOT NULL CHECK (quantity > 0),
    picked_quantity NUMERIC(18, 3) NOT NULL,
    status          VARCHAR(20)    NOT NULL,
    picked_by       UUID,
    picked_at       TIMESTAMP WITH TIME ZONE,
    version         BIGINT         NOT NULL
);
CREATE INDEX pick_task_order ON pick_task (order_id);
CREATE INDEX pick_task_warehouse ON pick_task (warehouse_id, status, walk_sequence);

-- audit: every business decision, who made it and from where
CREATE TABLE audit_log (
    id        UUID PRIMARY KEY,
    at        TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id  UUID,
    actor     VARCHAR(120) NOT NULL,
    device_id UUID,
    action    VARCHAR(60)  NOT NULL,
    subject   VARCHAR(120) NOT NULL,
    detail    TEXT         NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (at);
